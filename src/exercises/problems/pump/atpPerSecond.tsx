import { ELEMENTARY_CHARGE } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { redrawnParam } from '../shared';
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
    INa: redrawnParam('Na⁺ leak current', 'pA', 5, 100, 'linear'),
  },
  answer: { label: 'ATP per second', unit: '1/s', dimension: 'rate', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  // Na⁺ ions entering per second = I/e; each ATP pumps 3 of them out.
  solve: (p) => p.INa! / ELEMENTARY_CHARGE / SODIUM_PER_ATP,
  mistakes: (_p, atp) => [
    {
      value: atp * SODIUM_PER_ATP,
      code: 'count',
      note: 'That is the number of Na⁺ ions per second; each ATP moves three of them.',
    },
    // dividing the Na⁺ count by 2 (the K⁺ per cycle) instead of 3
    {
      value: atp * 1.5,
      code: 'count',
      note: 'Each cycle moves 3 Na⁺ (and 2 K⁺): divide the Na⁺ count by 3.',
    },
  ],
  // The exercise's words: the Na⁺ leak is an inward current, which the pump must undo.
  story: (p) => ({ inward: p.INa! > 0 }),
  steps: (p, atp) => <AtpPerSecondSteps {...atpPerSecondWorking(p, atp)} />,
};
