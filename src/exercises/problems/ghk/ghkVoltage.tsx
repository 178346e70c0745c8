import { ghkVoltage, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, temperature, VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
import { GhkVoltageSteps, type GhkVoltageNumbers } from './GhkVoltageSteps';
import { relativePermeability } from './params';
import { chloride, GRADIENTS, potassiumAndSodium, threeIons } from './permeantIons';

/**
 * The worked solution's numbers: V_m = (RT/F) × ln(numerator/denominator), where the
 * numerator holds the cations' outside concentrations and the anion's inside one, the
 * denominator the other sides.
 */
export function ghkVoltageWorking(p: SIParams, voltage: number): GhkVoltageNumbers {
  return {
    thermalVoltage: thermalVoltage(p.T!),
    PNa: p.PNa!,
    PCl: p.PCl!,
    numerator: { potassium: p.Kout!, sodium: p.Naout!, chloride: p.Clin! },
    denominator: { potassium: p.Kin!, sodium: p.Nain!, chloride: p.Clout! },
    voltage,
  };
}

export const ghkVoltageProblem: ProblemKind = {
  id: 'ghk-voltage',
  params: {
    ...GRADIENTS,
    PNa: relativePermeability('P_Na/P_K', 0.02, 0.1),
    PCl: relativePermeability('P_Cl/P_K', 0.1, 1),
    T: temperature,
  },
  answer: voltageAnswer('V_m'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => ghkVoltage(threeIons(p), p.T!),
  mistakes: (p, v) => [
    {
      value: ghkVoltage([...potassiumAndSodium(p), { ...chloride(p), z: 1 }], p.T!),
      message:
        'Cl⁻ is an anion: its inside concentration goes in the numerator, its outside one in the denominator.',
    },
    {
      value: -v,
      message: 'The sign is off: the numerator holds the outside concentrations of the cations.',
    },
    { value: v / Math.LN10, message: 'That uses log₁₀ where the equation has ln.' },
    ...celsiusAsKelvin(v, p.T!),
  ],
  steps: (p, v) => <GhkVoltageSteps {...ghkVoltageWorking(p, v)} />,
};
