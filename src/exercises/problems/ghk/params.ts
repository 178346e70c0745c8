import type { ProblemParam } from '../../ProblemKind';
import { redrawnParam } from '../shared';

/** A permeability relative to P_K, redrawn log-uniformly from min–max. */
export function relativePermeability(label: string, min: number, max: number): ProblemParam {
  return redrawnParam(label, '', min, max, 'log');
}

/** A potential in mV, redrawn uniformly from min–max mV. */
export function voltageParam(label: string, min: number, max: number): ProblemParam {
  return redrawnParam(label, 'mV', min, max, 'linear');
}
