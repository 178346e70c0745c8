import { thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, distinguishable, temperature } from '../shared';
import {
  GhkPermeabilityRatioSteps,
  type GhkPermeabilityRatioNumbers,
} from './GhkPermeabilityRatioSteps';
import { GRADIENTS, potassiumPotential } from './permeantIons';

/** w = e^(V_m/(RT/F)), the left side of the GHK equation for K⁺ and Na⁺ solved for ρ. */
function boltzmannFactor(p: SIParams): number {
  return Math.exp(p.V! / thermalVoltage(p.T!));
}

/** e^(V/vt) = (K_o + ρ·Na_o)/(K_i + ρ·Na_i)  ⇒  ρ = (K_o − K_i·w)/(Na_i·w − Na_o), w = e^(V/vt). */
function ratioFor(p: SIParams, w: number): number {
  return (p.Kout! - p.Kin! * w) / (p.Nain! * w - p.Naout!);
}

/** The worked solution's numbers: w, the concentrations and ρ = (K_o − K_i·w)/(Na_i·w − Na_o). */
export function ghkPermeabilityRatioWorking(
  p: SIParams,
  ratio: number,
): GhkPermeabilityRatioNumbers {
  return {
    boltzmannFactor: boltzmannFactor(p),
    Kin: p.Kin!,
    Kout: p.Kout!,
    Nain: p.Nain!,
    Naout: p.Naout!,
    ratio,
  };
}

const TOLERANCE = { relative: 0.02, absolute: 0 };

export const ghkPermeabilityRatioProblem: ProblemKind = {
  id: 'ghk-permeability-ratio',
  params: {
    Kin: GRADIENTS.Kin,
    Kout: GRADIENTS.Kout,
    Nain: GRADIENTS.Nain,
    Naout: GRADIENTS.Naout,
    // To 0.01 mV: a target drawn near −70 mV is then seldom −70 mV again by chance.
    V: {
      label: 'target V_m',
      unit: 'mV',
      redraw: { min: -80, max: -55, scale: 'linear', digits: 4 },
    },
    T: temperature,
  },
  answer: { label: 'P_Na/P_K', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  tolerance: TOLERANCE,
  solve: (p) => ratioFor(p, boltzmannFactor(p)),
  // At or below E_K the V_m asked for would need ρ ≤ 0; 5 mV above keeps ρ clear of zero.
  accepts: (p) => p.V! > potassiumPotential(p) + 0.005,
  mistakes: (p, ratio) => {
    const vt = thermalVoltage(p.T!);
    return distinguishable(
      [
        {
          value: 1 / ratio,
          code: 'inverted-ratio',
          note: 'That is P_K/P_Na; the question asks for P_Na/P_K.',
        },
        // The slips in w = e^(V/vt): 10^(V/vt), e^(V/(vt·ln 10)), and vt at θ in °C.
        {
          value: ratioFor(p, 10 ** (p.V! / vt)),
          code: 'log-base',
          note: 'The inverse of ln is e^x, not 10^x.',
        },
        { value: ratioFor(p, Math.exp(p.V! / (vt * Math.LN10))), code: 'ln-decade' },
        ...celsiusAsKelvin(vt, p.T!).map((m) => ({
          ...m,
          value: ratioFor(p, Math.exp(p.V! / m.value)),
        })),
      ],
      ratio,
      TOLERANCE,
    );
  },
  // The solution's words: "a few hundredths", ρ between 0.01 and 0.1.
  story: (p) => ({ powerOfTen: Math.floor(Math.log10(ratioFor(p, boltzmannFactor(p)))) }),
  steps: (p, ratio) => <GhkPermeabilityRatioSteps {...ghkPermeabilityRatioWorking(p, ratio)} />,
};
