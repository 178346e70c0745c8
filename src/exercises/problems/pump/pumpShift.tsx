import type { ProblemKind } from '../../ProblemKind';
import { distinct, redrawnParam } from '../shared';
import { PumpShiftSteps } from './PumpShiftSteps';

/** A pA, a nS and a mV in SI: 1 pA through 1 nS is 1 mV. */
const PICOAMPERE = 1e-12;
const NANOSIEMENS = 1e-9;
const MILLIVOLT = 1e-3;

/** Correct within 1 % or 0.01 mV. */
const TOLERANCE = { relative: 0.01, absolute: 1e-5 };

export const pumpShiftProblem: ProblemKind = {
  id: 'pump-shift',
  params: {
    Ip: redrawnParam('pump current', 'pA', 2, 30, 'linear'),
    g: redrawnParam('total conductance', 'nS', 1, 20, 'linear'),
  },
  answer: { label: 'ΔV', unit: 'mV', dimension: 'voltage', format: { digits: 3, sign: true } },
  tolerance: TOLERANCE,
  // Ohm's law for the outward pump current across the membrane's total conductance.
  solve: (p) => -p.Ip! / p.g!,
  mistakes: (p, dv) =>
    distinct(
      [
        {
          value: -dv,
          code: 'sign',
          note: 'An outward pump current makes the inside more negative: the shift is −I/g.',
        },
        {
          // I times g where Ohm's law divides, as a reader does it in the question's units:
          // 10 pA × 2 nS read as 20 mV. (Its SI value, 2 × 10⁻²⁰ V, would be no mistake a
          // reader makes, and would catch every answer near zero.)
          value: -((p.Ip! / PICOAMPERE) * (p.g! / NANOSIEMENS)) * MILLIVOLT,
          code: 'wrong-law',
          note: 'Ohm’s law gives ΔV = −I/g, a current divided by a conductance.',
        },
      ],
      dv,
      TOLERANCE,
    ),
  // The exercise's words: the pump current is outward, and so the shift a hyperpolarisation.
  story: (p) => ({ outward: p.Ip! > 0, hyperpolarising: -p.Ip! / p.g! < 0 }),
  steps: (p, dv) => <PumpShiftSteps current={p.Ip!} conductance={p.g!} shift={dv} />,
};
