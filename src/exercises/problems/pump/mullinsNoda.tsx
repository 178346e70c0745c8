import { mullinsNodaPotential, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  concentration,
  distinct,
  logarithmAndCelsiusSlips,
  redrawnParam,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { MullinsNodaSteps, type MullinsNodaNumbers } from './MullinsNodaSteps';

/**
 * The Mullins–Noda potential of the parameters' cell, V: K⁺ and Na⁺ with P_K = 1, P_Na/P_K
 * and the pump ratio r as given, or replaced (r = 1 is the GHK voltage of K⁺ and Na⁺).
 */
function mullinsNoda(p: SIParams, pumpRatio = p.r!, PNa = p.PNa!): number {
  return mullinsNodaPotential(
    {
      K: { inside: p.Kin!, outside: p.Kout!, permeability: 1 },
      Na: { inside: p.Nain!, outside: p.Naout!, permeability: PNa },
      pumpRatio,
    },
    p.T!,
  );
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

/** "Several millivolts": what the exercises say the 3 : 2 pump adds, 1 to 10 mV. */
const SEVERAL_MILLIVOLTS = [1e-3, 10e-3] as const;

export const mullinsNodaProblem: ProblemKind = {
  id: 'mullins-noda',
  params: {
    Kin: concentration('[K⁺] inside', 100, 160),
    Kout: concentration('[K⁺] outside', 2.5, 10),
    Nain: concentration('[Na⁺] inside', 5, 20),
    Naout: concentration('[Na⁺] outside', 120, 160),
    PNa: redrawnParam('P_Na/P_K', '', 0.01, 0.1, 'log'),
    r: { label: 'pump ratio', unit: '' },
    T: temperature,
  },
  answer: voltageAnswer('V'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => mullinsNoda(p),
  mistakes: (p, v) =>
    distinct(
      [
        {
          // r = 1 is the GHK voltage equation for K⁺ and Na⁺
          value: mullinsNoda(p, 1),
          code: 'wrong-law',
          note: 'That is the GHK value (r = 1); Mullins–Noda weights K⁺ by the pump ratio r.',
        },
        {
          // r on the Na⁺ terms is 1/r on the K⁺ terms
          value: mullinsNoda(p, 1 / p.r!),
          code: 'inverted-ratio',
          note: 'The pump ratio multiplies the K⁺ terms (r·P_K), not the Na⁺ terms.',
        },
        {
          value: mullinsNoda(p, p.r!, 1 / p.PNa!),
          code: 'inverted-ratio',
          note: 'That uses P_K/P_Na where the equation has P_Na/P_K.',
        },
        {
          value: nernstPotential({ z: 1, inside: p.Kin!, outside: p.Kout! }, p.T!),
          code: 'one-ion',
          note: 'That is E_K: the Na⁺ leak keeps V_m above it.',
        },
        ...logarithmAndCelsiusSlips(v, p.T!),
      ],
      v,
      VOLTAGE_TOLERANCE,
    ),
  // The exercises' words: the resting potential is negative, and the pump ratio r takes it
  // several millivolts from the GHK value towards E_K.
  story: (p) => {
    const v = mullinsNoda(p);
    const added = v - mullinsNoda(p, 1);
    return {
      negative: v < 0,
      towardsPotassium: added < 0,
      severalMillivolts:
        Math.abs(added) >= SEVERAL_MILLIVOLTS[0] && Math.abs(added) <= SEVERAL_MILLIVOLTS[1],
    };
  },
  steps: (p, v) => <MullinsNodaSteps {...mullinsNodaWorking(p, v)} />,
};
