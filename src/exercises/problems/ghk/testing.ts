import type { SIParams } from '../../ProblemKind';
import { F, R } from '../testing';

/** The chapter's resting neuron, the book's reference neuron, as its exercises write it (mM, °C). */
export const NEURON = {
  Kin: 140,
  Kout: 4,
  Nain: 12,
  Naout: 145,
  Clin: 7,
  Clout: 120,
  PNa: 0.065,
  PCl: 0.45,
  T: 37,
};

/**
 * The GHK voltage of K⁺, Na⁺ and Cl⁻ by hand, in V, at temperature T (K, p.T unless given):
 * (RT/F)·ln((K_o + ρ_Na·Na_o + ρ_Cl·Cl_i)/(K_i + ρ_Na·Na_i + ρ_Cl·Cl_o)).
 */
export function ghkVoltageByHand(p: SIParams, T = p.T!): number {
  return (
    ((R * T) / F) *
    Math.log(
      (p.Kout! + p.PNa! * p.Naout! + p.PCl! * p.Clin!) /
        (p.Kin! + p.PNa! * p.Nain! + p.PCl! * p.Clout!),
    )
  );
}
