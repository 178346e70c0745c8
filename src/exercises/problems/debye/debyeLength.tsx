import { debyeLength, REFERENCE_NEURON } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { distinct, temperature, ZERO_CELSIUS } from '../shared';
import { DebyeLengthSteps } from './DebyeLengthSteps';
import { pureNumber } from './params';

// The Debye length λ_D = √(ε₀ε_rRT / (2F²I)): I in mM (= mol/m³), T in K, ε_r a pure number.

export const debyeLengthProblem: ProblemKind = {
  id: 'debye-length',
  params: {
    // Four digits: body-fluid strengths are redrawn within 100–200 mM, and whole millimolars
    // would give the chapter's own 150 mM back too often.
    I: {
      label: 'ionic strength',
      unit: 'mM',
      redraw: { min: 1, max: 200, scale: 'log', digits: 4 },
    },
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
          code: 'unit',
          note: 'That uses I in mol/L. In SI the ionic strength is in mol/m³, and 1 mM is exactly 1 mol/m³: 150 mM is 150 mol/m³, not 0.150.',
        },
        {
          value: lambda * Math.SQRT2,
          code: 'formula',
          note: 'The 2 in the denominator is missing: λ_D² = ε₀ε_rRT / (2F²I).',
        },
        {
          value: lambda / Math.sqrt(p.er!),
          code: 'permittivity',
          note: 'That leaves out the relative permittivity ε_r: water weakens the attraction, which thickens the cloud.',
        },
        // λ_D ∝ √T, so the slip scales it by √(θ/T), not by θ/T as celsiusAsKelvin does.
        ...(Math.abs(celsius) >= 1
          ? [
              {
                value: lambda * Math.sqrt(celsius / p.T!),
                code: 'celsius' as const,
                note: 'T = θ + 273.15 K.',
              },
            ]
          : []),
      ],
      lambda,
    );
  },
  // The words: under a nanometre at body-fluid strength (more in dilute water), and the
  // cell's radius (the reference neuron's 10 µm) thousands of Debye lengths.
  story: (p) => {
    const lambda = debyeLength(p.I!, p.T!, p.er!);
    return {
      belowNanometre: lambda < 1e-9,
      cellRadiusOrder: Math.floor(Math.log10(REFERENCE_NEURON.radius / lambda)),
    };
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
