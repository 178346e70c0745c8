import { ghkVoltage, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  distinguishable,
  logarithmAndCelsiusSlips,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { ghkVoltageMethodSlips } from './ghkVoltageMethodSlips';
import { GhkVoltageSteps, type GhkVoltageNumbers } from './GhkVoltageSteps';
import { relativePermeability } from './params';
import { GRADIENTS, threeIons } from './permeantIons';

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

/** 4 mM, the normal plasma K⁺ that the hyperkalaemia exercise compares with. */
const NORMAL_PLASMA_POTASSIUM = 4;

/** Each ion's equilibrium potential, in V, by its symbol. */
function equilibriumPotentials(p: SIParams): Record<'K' | 'Na' | 'Cl', number> {
  const [K, Na, Cl] = threeIons(p).map((ion) => nernstPotential(ion, p.T!));
  return { K: K!, Na: Na!, Cl: Cl! };
}

/** Which ion's term, P·c, is the largest in the denominator K_i + ρ_Na·Na_i + ρ_Cl·Cl_o. */
function largestDenominatorTerm(p: SIParams): 'K' | 'Na' | 'Cl' {
  const terms = { K: p.Kin!, Na: p.PNa! * p.Nain!, Cl: p.PCl! * p.Clout! };
  return terms.K >= terms.Na && terms.K >= terms.Cl ? 'K' : terms.Na >= terms.Cl ? 'Na' : 'Cl';
}

export const ghkVoltageProblem: ProblemKind = {
  id: 'ghk-voltage',
  params: {
    ...GRADIENTS,
    // From a resting neuron's 1/40 to the 20 of an action potential's peak.
    PNa: relativePermeability('P_Na/P_K', 0.02, 40),
    PCl: relativePermeability('P_Cl/P_K', 0.1, 1),
    T: temperature,
  },
  answer: voltageAnswer('V_m'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => ghkVoltage(threeIons(p), p.T!),
  mistakes: (p, v) => {
    const e = equilibriumPotentials(p);
    const alone = (ion: string, value: number) => ({
      value,
      code: 'one-ion' as const,
      note: `Here it is E_${ion}; the GHK equation weighs every permeant ion by its permeability.`,
    });
    return distinguishable(
      [
        ...ghkVoltageMethodSlips(p),
        {
          value: -v,
          code: 'sign',
          note: 'The numerator holds the outside concentrations of the cations.',
        },
        ...logarithmAndCelsiusSlips(v, p.T!),
        alone('K', e.K),
        alone('Na', e.Na),
        alone('Cl', e.Cl),
      ],
      v,
      VOLTAGE_TOLERANCE,
    );
  },
  // The exercises' words: V_m's sign, that it lies above E_K ("less negative than E_K") and
  // below E_Na ("stops short of it"), which term dominates the denominator, and whether
  // [K⁺]out is raised above the normal 4 mM (hyperkalaemia: V_m depolarises).
  story: (p) => {
    const v = ghkVoltage(threeIons(p), p.T!);
    const e = equilibriumPotentials(p);
    return {
      sign: Math.sign(v),
      aboveEK: v > e.K,
      belowENa: v < e.Na,
      largestDenominatorTerm: largestDenominatorTerm(p),
      potassiumRaised: p.Kout! > NORMAL_PLASMA_POTASSIUM,
    };
  },
  steps: (p, v) => <GhkVoltageSteps {...ghkVoltageWorking(p, v)} />,
};
