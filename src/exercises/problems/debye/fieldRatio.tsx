import type { ProblemKind } from '../../ProblemKind';
import { distinct } from '../shared';
import { FieldRatioSteps } from './FieldRatioSteps';
import { pureNumber } from './params';

// The field in lipid against the field in water next to the same sheet of charge.

export const fieldRatioProblem: ProblemKind = {
  id: 'field-ratio',
  params: {
    erWater: pureNumber('relative permittivity of water'),
    erLipid: pureNumber('relative permittivity of lipid', {
      min: 2,
      max: 10,
      scale: 'linear',
      digits: 3,
    }),
  },
  answer: {
    label: 'E_lipid / E_water',
    unit: '',
    dimension: 'dimensionless',
    format: { digits: 3 },
  },
  // Next to a sheet of charge σ, E = σ/(ε₀ε_r): with σ and ε₀ the same on both sides, the
  // ratio is ε_r,water / ε_r,lipid (a ratio of the parameters; no physics call is needed).
  solve: (p) => p.erWater! / p.erLipid!,
  mistakes: (p, ratio) =>
    distinct(
      [
        {
          value: 1 / ratio,
          code: 'inverted-ratio',
          note: 'E = σ/(ε₀ε_r) is larger where ε_r is smaller, so the lipid has the stronger field.',
        },
        {
          value: p.erWater! - p.erLipid!,
          code: 'formula',
          note: 'That is the difference of the permittivities; the fields differ by their ratio.',
        },
      ],
      ratio,
    ),
  // The words: the field is stronger in the lipid, whose permittivity is the smaller.
  story: (p) => ({ lipidStronger: p.erWater! > p.erLipid! }),
  steps: (p, ratio) => (
    <FieldRatioSteps waterPermittivity={p.erWater!} lipidPermittivity={p.erLipid!} ratio={ratio} />
  ),
};
