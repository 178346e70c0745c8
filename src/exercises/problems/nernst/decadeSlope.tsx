import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin } from '../shared';
import { DecadeSlopeSteps, type DecadeSlopeNumbers } from './DecadeSlopeSteps';
import { rtOverZF, T, z } from './ionParams';

/** The worked solution's numbers: ΔE = (RT/zF) × ln 10. */
export function decadeSlopeWorking(p: SIParams, slope: number): DecadeSlopeNumbers {
  return { rtOverZF: rtOverZF(p), ln10: Math.LN10, slope };
}

export const decadeSlopeProblem: ProblemKind = {
  id: 'decade-slope',
  params: { z, T },
  answer: { label: 'ΔE per tenfold', unit: 'mV', dimension: 'voltage', format: { decimals: 1 } },
  solve: (p) => rtOverZF(p) * Math.LN10,
  mistakes: (p, s) => [
    {
      value: s / Math.LN10,
      code: 'step-short',
      note: 'That is RT/zF itself, the change per e-fold ratio. A tenfold ratio multiplies it by ln 10 ≈ 2.303.',
    },
    { value: -s, code: 'sign', note: 'The size is right; the sign follows the valence z.' },
    ...celsiusAsKelvin(s, p.T!),
  ],
  // The exercise's words: the slope has the valence's sign (a monovalent cation's rises).
  story: (p) => ({ sign: Math.sign(p.z!) }),
  steps: (p, s) => <DecadeSlopeSteps {...decadeSlopeWorking(p, s)} />,
};
