import type { ProblemParam } from '../../ProblemKind';

/** A permeability relative to P_K, redrawn log-uniformly from min–max. */
export function relativePermeability(label: string, min: number, max: number): ProblemParam {
  return { label, unit: '', redraw: { min, max, scale: 'log', digits: 2 } };
}

/** A potential in mV, redrawn uniformly from min–max mV. */
export function voltageParam(label: string, min: number, max: number): ProblemParam {
  return { label, unit: 'mV', redraw: { min, max, scale: 'linear', digits: 2 } };
}
