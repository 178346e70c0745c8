import { sodiumRiseTime } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { RundownTimeSteps, type RundownTimeNumbers } from './RundownTimeSteps';

/** The worked solution's numbers: the time and the blocked fraction as a whole percentage. */
export function rundownTimeWorking(p: SIParams, time: number): RundownTimeNumbers {
  return { time, blockedPercent: Math.round(p.block! * 100) };
}

/** Seconds in a minute. */
const MINUTE = 60;

export const rundownTimeProblem: ProblemKind = {
  id: 'rundown-time',
  params: { block: { label: 'fraction of pumps blocked', unit: '' } },
  answer: { label: 'time', unit: 's', dimension: 'time', format: { digits: 3 } },
  // 3 %: the run-down widget's clock, read to the second, and the hint's straight-line
  // estimate (the leak just after the block, held fixed) both fall within it.
  tolerance: { relative: 0.03, absolute: 0 },
  // The time [Na⁺]i takes to rise by 10 % in the book's pump–leak cell with the rest pumping.
  solve: (p) => sodiumRiseTime(0.1, 1 - p.block!),
  mistakes: (_p, t) => [
    {
      // the time in minutes, typed as a bare number and so read in seconds
      value: t / MINUTE,
      code: 'unit',
      note: 'The time is asked in seconds, and 1 min is 60 s.',
    },
  ],
  steps: (p, t) => <RundownTimeSteps {...rundownTimeWorking(p, t)} />,
};
