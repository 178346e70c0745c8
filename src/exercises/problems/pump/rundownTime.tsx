import { sodiumRiseTime } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { RundownTimeSteps, type RundownTimeNumbers } from './RundownTimeSteps';

/** The worked solution's numbers: the time and the blocked fraction as a whole percentage. */
export function rundownTimeWorking(p: SIParams, time: number): RundownTimeNumbers {
  return { time, blockedPercent: Math.round(p.block! * 100) };
}

export const rundownTimeProblem: ProblemKind = {
  id: 'rundown-time',
  params: { block: { label: 'fraction of pumps blocked', unit: '' } },
  answer: { label: 'time', unit: 'min', dimension: 'time', format: { digits: 3 } },
  tolerance: { relative: 0.03, absolute: 0 },
  // The time [Na⁺]i takes to rise by 10 % in the book's pump–leak cell with the rest pumping.
  solve: (p) => sodiumRiseTime(0.1, 1 - p.block!),
  mistakes: (_p, t) => [
    { value: t * 60, message: 'That looks like seconds; the question asks for minutes.' },
  ],
  steps: (p, t) => <RundownTimeSteps {...rundownTimeWorking(p, t)} />,
};
