import { ELEMENTARY_CHARGE, pumpCurrent } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
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

export const pumpCurrentProblem: ProblemKind = {
  id: 'pump-current',
  params: {
    rate: {
      label: 'turnover rate',
      unit: '1/s',
      redraw: { min: 20, max: 200, scale: 'linear', digits: 2 },
    },
    pumps: {
      label: 'number of pumps',
      unit: '',
      redraw: { min: 1e5, max: 1e7, scale: 'log', digits: 1 },
    },
    charges: { label: 'net charges per cycle', unit: '', integer: true },
  },
  answer: { label: 'I_pump', unit: 'pA', dimension: 'current', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  solve: (p) =>
    pumpCurrent({ turnoverRate: p.rate!, netChargesPerCycle: p.charges!, pumps: p.pumps! }),
  mistakes: (p, i) => [
    {
      value: i * 3,
      message: 'Only one net charge leaves per cycle (3 Na⁺ out, 2 K⁺ in), not three.',
    },
    {
      value: i * 5,
      message:
        'The two K⁺ coming in cancel two of the three Na⁺ going out: one net charge per cycle.',
    },
    {
      value: i / p.pumps!,
      message: 'That is the current of one pump; multiply by the number of pumps.',
    },
  ],
  steps: (p, i) => <PumpCurrentSteps {...pumpCurrentWorking(p, i)} />,
};
