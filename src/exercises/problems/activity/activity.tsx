import type { ProblemKind } from '../../ProblemKind';
import { concentration, distinct } from '../shared';
import { ActivitySteps } from './ActivitySteps';

// The activity of an ion, a = γc: c in mM, γ a pure number.

export const activityProblem: ProblemKind = {
  id: 'activity',
  params: {
    // Plasma K⁺, whose normal range is about 3.5 to 5 mM.
    c: concentration('concentration', 3.5, 5),
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
          code: 'inverted-ratio',
          note: 'The activity is a = γ·c, smaller than c when γ < 1.',
        },
        { value: p.c! * (1 - p.gamma!), code: 'missing-ions', note: 'The activity is a = γ·c.' },
      ],
      a,
    ),
  // The solution says the activity is smaller than the concentration (γ below 1).
  story: (p) => ({ activityBelowConcentration: p.gamma! < 1 }),
  steps: (p, a) => <ActivitySteps gamma={p.gamma!} concentration={p.c!} activity={a} />,
};
