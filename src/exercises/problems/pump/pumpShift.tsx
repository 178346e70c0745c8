import type { ProblemKind } from '../../ProblemKind';
import { PumpShiftSteps } from './PumpShiftSteps';

export const pumpShiftProblem: ProblemKind = {
  id: 'pump-shift',
  params: {
    Ip: {
      label: 'pump current',
      unit: 'pA',
      redraw: { min: 2, max: 30, scale: 'linear', digits: 2 },
    },
    g: {
      label: 'total conductance',
      unit: 'nS',
      redraw: { min: 1, max: 20, scale: 'linear', digits: 2 },
    },
  },
  answer: { label: 'ΔV', unit: 'mV', dimension: 'voltage', format: { digits: 3, sign: true } },
  tolerance: { relative: 0.01, absolute: 1e-5 },
  // Ohm's law for the outward pump current across the membrane's total conductance.
  solve: (p) => -p.Ip! / p.g!,
  mistakes: (p, dv) => [
    {
      value: -dv,
      message: 'An outward pump current makes the inside more negative: the shift is −I/g.',
    },
    { value: -p.Ip! * p.g!, message: 'Ohm’s law: ΔV = −I/g, a current divided by a conductance.' },
  ],
  steps: (p, dv) => <PumpShiftSteps current={p.Ip!} conductance={p.g!} shift={dv} />,
};
