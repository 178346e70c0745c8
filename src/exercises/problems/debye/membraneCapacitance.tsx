import { membraneCapacitance } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { distinct } from '../shared';
import { MembraneCapacitanceSteps } from './MembraneCapacitanceSteps';
import { pureNumber, thickness } from './params';

// The membrane as a parallel-plate capacitor, C = ε₀ε_r/d: d in m, C in F/m².

/** What cell membranes measure, about 1 µF/cm², in F/m². */
const MEASURED_CAPACITANCE = 0.01;

export const membraneCapacitanceProblem: ProblemKind = {
  id: 'membrane-capacitance',
  params: {
    er: pureNumber('relative permittivity', { min: 2, max: 5, scale: 'linear', digits: 2 }),
    d: thickness,
  },
  answer: {
    label: 'C',
    unit: 'µF/cm²',
    dimension: 'specificCapacitance',
    format: { digits: 3 },
  },
  solve: (p) => membraneCapacitance(p.er!, p.d!),
  mistakes: (p, c) =>
    distinct(
      [
        {
          value: c / 100,
          code: 'unit',
          note: 'That is the value in F/m². Convert: 1 µF/cm² = 0.01 F/m², so multiply F/m² by 100.',
        },
        {
          value: c * 100,
          code: 'unit',
          note: '1 µF/cm² = 0.01 F/m², so divide µF/cm² by 100.',
        },
        {
          value: c / p.er!,
          code: 'permittivity',
          note: 'That leaves out ε_r: the lipid’s permittivity multiplies ε₀.',
        },
      ],
      c,
    ),
  // The words: the ideal slab falls short of the measured 1 µF/cm² (0.01 F/m²).
  story: (p) => ({ belowMeasured: membraneCapacitance(p.er!, p.d!) < MEASURED_CAPACITANCE }),
  steps: (p, c) => (
    <MembraneCapacitanceSteps relativePermittivity={p.er!} thickness={p.d!} capacitance={c} />
  ),
};
