import { debyeLength } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { concentration, distinct, temperature, ZERO_CELSIUS } from '../shared';
import { DebyeLengthSteps } from './DebyeLengthSteps';
import { pureNumber } from './params';

// The Debye length λ_D = √(ε₀ε_rRT / (2F²I)): I in mM (= mol/m³), T in K, ε_r a pure number.

export const debyeLengthProblem: ProblemKind = {
  id: 'debye-length',
  params: {
    I: concentration('ionic strength', 1, 300),
    T: temperature,
    er: pureNumber('relative permittivity'),
  },
  answer: { label: 'λ_D', unit: 'nm', dimension: 'length', format: { digits: 3 } },
  solve: (p) => debyeLength(p.I!, p.T!, p.er!),
  mistakes: (p, lambda) => {
    const celsius = p.T! - ZERO_CELSIUS;
    return distinct(
      [
        {
          value: lambda * Math.sqrt(1000),
          message:
            'That uses I in mol/L. In SI the ionic strength is in mol/m³, and 1 mM is exactly 1 mol/m³: 150 mM is 150 mol/m³, not 0.150.',
        },
        {
          value: lambda * Math.SQRT2,
          message: 'The 2 in the denominator is missing: λ_D² = ε₀ε_rRT / (2F²I).',
        },
        {
          value: lambda / Math.sqrt(p.er!),
          message:
            'That leaves out the relative permittivity ε_r: water weakens the attraction, which thickens the cloud.',
        },
        ...(Math.abs(celsius) >= 1
          ? [
              {
                value: lambda * Math.sqrt(celsius / p.T!),
                message:
                  'That uses the temperature in °C. The formula needs kelvin: T = θ + 273.15 K.',
              },
            ]
          : []),
      ],
      lambda,
    );
  },
  steps: (p, lambda) => (
    <DebyeLengthSteps
      relativePermittivity={p.er!}
      temperature={p.T!}
      ionicStrength={p.I!}
      length={lambda}
    />
  ),
};
