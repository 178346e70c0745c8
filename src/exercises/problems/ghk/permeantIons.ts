import { nernstPotential, type PermeantIon } from '../../../physics';
import type { SIParams } from '../../ProblemKind';
import { concentration } from '../shared';

/** The concentrations (mM) of K⁺, Na⁺ and Cl⁻ on either side, redrawn from a neuron's ranges. */
export const GRADIENTS = {
  Kin: concentration('[K⁺] inside', 100, 160),
  Kout: concentration('[K⁺] outside', 2.5, 10),
  Nain: concentration('[Na⁺] inside', 5, 20),
  Naout: concentration('[Na⁺] outside', 120, 160),
  Clin: concentration('[Cl⁻] inside', 4, 20),
  Clout: concentration('[Cl⁻] outside', 100, 130),
};

/** K⁺ and Na⁺ from the parameters, the permeabilities relative to P_K (P_Na/P_K = PNa). */
export function potassiumAndSodium(p: SIParams): PermeantIon[] {
  return [
    { z: 1, inside: p.Kin!, outside: p.Kout!, permeability: 1 },
    { z: 1, inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
  ];
}

/** Cl⁻ from the parameters, P_Cl/P_K = PCl. */
export function chloride(p: SIParams): PermeantIon {
  return { z: -1, inside: p.Clin!, outside: p.Clout!, permeability: p.PCl! };
}

/** K⁺, Na⁺ and Cl⁻ from the parameters: a resting neuron's permeant ions. */
export function threeIons(p: SIParams): PermeantIon[] {
  return [...potassiumAndSodium(p), chloride(p)];
}

/** E_K, in V, from the parameters Kin, Kout and T. */
export function potassiumPotential(p: SIParams): number {
  return nernstPotential({ z: 1, inside: p.Kin!, outside: p.Kout! }, p.T!);
}
