import { thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, temperature } from '../shared';
import {
  GhkPermeabilityRatioSteps,
  type GhkPermeabilityRatioNumbers,
} from './GhkPermeabilityRatioSteps';
import { voltageParam } from './params';
import { GRADIENTS, potassiumPotential } from './permeantIons';

/** w = e^(V_m/(RT/F)), the left side of the GHK equation for K⁺ and Na⁺ solved for ρ. */
function boltzmannFactor(p: SIParams): number {
  return Math.exp(p.V! / thermalVoltage(p.T!));
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

export const ghkPermeabilityRatioProblem: ProblemKind = {
  id: 'ghk-permeability-ratio',
  params: {
    Kin: GRADIENTS.Kin,
    Kout: GRADIENTS.Kout,
    Nain: GRADIENTS.Nain,
    Naout: GRADIENTS.Naout,
    V: voltageParam('target V_m', -80, -55),
    T: temperature,
  },
  answer: { label: 'P_Na/P_K', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  tolerance: { relative: 0.02, absolute: 0 },
  // e^(V/vt) = (K_o + ρ·Na_o)/(K_i + ρ·Na_i)  ⇒  ρ = (K_o − K_i·w)/(Na_i·w − Na_o), w = e^(V/vt)
  solve: (p) => {
    const w = boltzmannFactor(p);
    return (p.Kout! - p.Kin! * w) / (p.Nain! * w - p.Naout!);
  },
  // At or below E_K the V_m asked for would need ρ ≤ 0; 5 mV above keeps ρ clear of zero.
  accepts: (p) => p.V! > potassiumPotential(p) + 0.005,
  mistakes: (p, ratio) => [
    { value: 1 / ratio, message: 'That is P_K/P_Na; the question asks for P_Na/P_K.' },
    ...celsiusAsKelvin(Math.log(ratio), p.T!).map((m) => ({
      value: Math.exp(m.value),
      message: m.message,
    })),
  ],
  steps: (p, ratio) => <GhkPermeabilityRatioSteps {...ghkPermeabilityRatioWorking(p, ratio)} />,
};
