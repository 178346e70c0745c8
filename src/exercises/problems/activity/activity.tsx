import type { ProblemKind } from '../../ProblemKind';
import { concentration, distinct } from '../shared';
import { ActivitySteps } from './ActivitySteps';

// The activity of an ion, a = γc: c in mM, γ a pure number.

export const activityProblem: ProblemKind = {
  id: 'activity',
  params: {
    c: concentration('concentration', 3, 6),
    gamma: { label: 'activity coefficient', unit: '' },
  },
  answer: { label: 'a', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  // a = γc: the activity is the concentration that, with γ = 1, has the same potential.
  solve: (p) => p.gamma! * p.c!,
  mistakes: (p, a) =>
    distinct(
      [
        {
          value: p.c! / p.gamma!,
          message: 'That divides by γ. The activity is a = γ·c, smaller than c when γ < 1.',
        },
        {
          value: p.c! * (1 - p.gamma!),
          message:
            'That is c·(1 − γ). The activity is a = γ·c itself; no ions are "missing" or bound.',
        },
      ],
      a,
    ),
  steps: (p, a) => <ActivitySteps gamma={p.gamma!} concentration={p.c!} activity={a} />,
};
