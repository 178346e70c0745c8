import { ELEMENTARY_CHARGE } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { AtpPerSecondSteps, type AtpPerSecondNumbers } from './AtpPerSecondSteps';

/** Na⁺ ions the Na⁺/K⁺ pump moves out per ATP it splits. */
const SODIUM_PER_ATP = 3;

/** The worked solution's numbers: ATP/s = I_Na / (3 × e). */
export function atpPerSecondWorking(p: SIParams, atpPerSecond: number): AtpPerSecondNumbers {
  return {
    sodiumPerAtp: SODIUM_PER_ATP,
    current: p.INa!,
    elementaryCharge: ELEMENTARY_CHARGE,
    atpPerSecond,
  };
}

export const atpPerSecondProblem: ProblemKind = {
  id: 'atp-per-second',
  params: {
    INa: {
      label: 'Na⁺ leak current',
      unit: 'pA',
      redraw: { min: 5, max: 100, scale: 'linear', digits: 2 },
    },
  },
  answer: { label: 'ATP per second', unit: '1/s', dimension: 'rate', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  // Na⁺ ions entering per second = I/e; each ATP pumps 3 of them out.
  solve: (p) => p.INa! / ELEMENTARY_CHARGE / SODIUM_PER_ATP,
  mistakes: (_p, atp) => [
    {
      value: atp * SODIUM_PER_ATP,
      message: 'That is the number of Na⁺ ions per second; each ATP moves three of them.',
    },
    // dividing the Na⁺ count by 2 (the K⁺ per cycle) instead of 3
    { value: atp * 1.5, message: 'Each cycle moves 3 Na⁺ (and 2 K⁺): divide the Na⁺ count by 3.' },
  ],
  steps: (p, atp) => <AtpPerSecondSteps {...atpPerSecondWorking(p, atp)} />,
};
