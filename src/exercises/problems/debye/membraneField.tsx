import { membraneField } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { distinct } from '../shared';
import { MembraneFieldSteps } from './MembraneFieldSteps';
import { membranePotential, thickness } from './params';

// The field inside the membrane, E = V_m/d: V in V, d in m.

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
          message:
            'The size is right but the sign is not: keep the sign of V_m (E = V_m/d, negative for a negative inside).',
        },
        {
          value: p.V! * p.d!,
          message: 'That multiplies the voltage by the thickness; the field is V_m divided by d.',
        },
        {
          value: field / 10,
          message: 'Check the thickness in metres: 1 nm = 10⁻⁹ m, so 5 nm is 5 × 10⁻⁹ m.',
        },
      ],
      field,
    ),
  steps: (p, field) => <MembraneFieldSteps voltage={p.V!} thickness={p.d!} field={field} />,
};
