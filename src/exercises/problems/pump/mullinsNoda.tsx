import { mullinsNodaPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  celsiusAsKelvin,
  concentration,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { MullinsNodaSteps, type MullinsNodaNumbers } from './MullinsNodaSteps';

/** The cell from the parameters: K⁺ and Na⁺ (P_K = 1, P_Na/P_K = PNa) and the pump ratio r. */
function pumpCell(p: SIParams) {
  return {
    K: { inside: p.Kin!, outside: p.Kout!, permeability: 1 },
    Na: { inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
    pumpRatio: p.r!,
  };
}

/** The worked solution's numbers: V = (RT/F) × ln((r·K_o + ρ·Na_o)/(r·K_i + ρ·Na_i)). */
export function mullinsNodaWorking(p: SIParams, voltage: number): MullinsNodaNumbers {
  return {
    thermalVoltage: thermalVoltage(p.T!),
    pumpRatio: p.r!,
    PNa: p.PNa!,
    outside: { potassium: p.Kout!, sodium: p.Naout! },
    inside: { potassium: p.Kin!, sodium: p.Nain! },
    voltage,
  };
}

export const mullinsNodaProblem: ProblemKind = {
  id: 'mullins-noda',
  params: {
    Kin: concentration('[K⁺] inside', 100, 160),
    Kout: concentration('[K⁺] outside', 2.5, 10),
    Nain: concentration('[Na⁺] inside', 5, 20),
    Naout: concentration('[Na⁺] outside', 120, 160),
    PNa: { label: 'P_Na/P_K', unit: '', redraw: { min: 0.01, max: 0.1, scale: 'log', digits: 2 } },
    r: { label: 'pump ratio', unit: '' },
    T: temperature,
  },
  answer: voltageAnswer('V'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => mullinsNodaPotential(pumpCell(p), p.T!),
  mistakes: (p, v) => [
    {
      // r = 1 is the GHK voltage equation for K⁺ and Na⁺
      value: mullinsNodaPotential({ ...pumpCell(p), pumpRatio: 1 }, p.T!),
      message: 'That is the GHK value (r = 1). Mullins–Noda weights K⁺ by the pump ratio r.',
    },
    {
      value: mullinsNodaPotential({ ...pumpCell(p), pumpRatio: 1 / p.r! }, p.T!),
      message: 'The ratio multiplies the K⁺ terms (r·P_K), not the Na⁺ terms.',
    },
    ...celsiusAsKelvin(v, p.T!),
  ],
  steps: (p, v) => <MullinsNodaSteps {...mullinsNodaWorking(p, v)} />,
};
