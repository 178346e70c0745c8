import { ELEMENTARY_CHARGE, pumpCurrent } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { distinct, redrawnParam } from '../shared';
import { PumpCurrentSteps, type PumpCurrentNumbers } from './PumpCurrentSteps';

/** The worked solution's numbers: I = n × e × f × N. */
export function pumpCurrentWorking(p: SIParams, current: number): PumpCurrentNumbers {
  return {
    charges: p.charges!,
    elementaryCharge: ELEMENTARY_CHARGE,
    rate: p.rate!,
    pumps: p.pumps!,
    current,
  };
}

/**
 * The smallest current a patch-clamp amplifier resolves, about 0.1 pA: the line between
 * "too small to measure" (one pump) and a measurable pump current (a cell's pumps).
 */
export const MEASURABLE_CURRENT = 0.1e-12;

export const pumpCurrentProblem: ProblemKind = {
  id: 'pump-current',
  params: {
    rate: redrawnParam('turnover rate', '1/s', 20, 200, 'linear'),
    pumps: redrawnParam('number of pumps', '', 1e5, 1e7, 'log'),
    charges: { label: 'net charges per cycle', unit: '', integer: true },
  },
  answer: { label: 'I_pump', unit: 'pA', dimension: 'current', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  solve: (p) =>
    pumpCurrent({ turnoverRate: p.rate!, netChargesPerCycle: p.charges!, pumps: p.pumps! }),
  mistakes: (p, i) =>
    distinct(
      [
        {
          value: i * 3,
          code: 'count',
          note: 'Only one net charge leaves per cycle (3 Na⁺ out, 2 K⁺ in), not three.',
        },
        {
          value: i * 5,
          code: 'count',
          note: 'The two K⁺ coming in cancel two of the three Na⁺ going out: one net charge per cycle.',
        },
        {
          value: i / p.pumps!,
          code: 'one-pump',
          note: 'That is the current of one pump; multiply by the number of pumps.',
        },
      ],
      i,
    ),
  // The exercises' words: the net charge leaves the cell (an outward current), and one pump's
  // current is far too small to measure while a cell's pumps carry a measurable one.
  story: (p) => ({
    outward: p.charges! > 0,
    measurable: pumpCurrentProblem.solve(p) >= MEASURABLE_CURRENT,
  }),
  steps: (p, i) => <PumpCurrentSteps {...pumpCurrentWorking(p, i)} />,
};
