import { membraneField } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { distinct } from '../shared';
import { MembraneFieldSteps } from './MembraneFieldSteps';
import { membranePotential, thickness } from './params';

// The field inside the membrane, E = V_m/d: V in V, d in m.

/** The field at which dry air breaks down into a spark, about 3 × 10⁶ V/m. */
const AIR_BREAKDOWN_FIELD = 3e6;

export const membraneFieldProblem: ProblemKind = {
  id: 'membrane-field',
  params: { V: membranePotential, d: thickness },
  answer: { label: 'E', unit: 'V/m', dimension: 'field', format: { digits: 3 } },
  solve: (p) => membraneField(p.V!, p.d!),
  mistakes: (p, field) =>
    distinct(
      [
        {
          value: -field,
          code: 'sign',
          note: 'Keep the sign of V_m: E = V_m/d, negative for a negative inside.',
        },
        {
          value: p.V! * p.d!,
          code: 'formula',
          note: 'That multiplies the voltage by the thickness; the field is V_m divided by d.',
        },
        {
          value: field / 10,
          code: 'unit',
          note: 'Check the thickness in metres: 1 nm = 10⁻⁹ m, so 5 nm is 5 × 10⁻⁹ m.',
        },
      ],
      field,
    ),
  // The words: the field has the sign of V_m, is of order 10⁷ V/m for a resting neuron, and
  // is stronger than the 3 × 10⁶ V/m at which air sparks.
  story: (p) => {
    const field = membraneField(p.V!, p.d!);
    return {
      sign: Math.sign(field),
      order: Math.round(Math.log10(Math.abs(field))),
      strongerThanSpark: Math.abs(field) > AIR_BREAKDOWN_FIELD,
    };
  },
  steps: (p, field) => <MembraneFieldSteps voltage={p.V!} thickness={p.d!} field={field} />,
};
