import { MAX_VALENCE, nonEmpty, nonNegative, positive, valence } from './validate';

/** One ion species on both sides of the membrane; concentrations in mM (= mol/m³). */
export type IonGradient = { z: number; inside: number; outside: number };

/** An ion species with its permeability: m/s, or a relative value where only ratios matter. */
export type PermeantIon = IonGradient & { permeability: number };

/** Checks z and both concentrations for the log-based laws (concentrations > 0). */
export function checkGradient(fn: string, ion: IonGradient, label = 'ion'): IonGradient {
  valence(fn, `${label}.z (valence)`, ion?.z);
  positive(fn, `${label}.inside (inside concentration)`, ion.inside, 'mM');
  positive(fn, `${label}.outside (outside concentration)`, ion.outside, 'mM');
  return ion;
}

/**
 * Checks a list of permeant ions for the voltage laws: every permeability finite and ≥ 0
 * with a positive sum, every valence a non-zero integer, and the concentrations of every
 * ion that permeates (P > 0) finite and > 0. Returns the permeant ones.
 */
export function checkPermeantIons(fn: string, ions: readonly PermeantIon[]): PermeantIon[] {
  nonEmpty(fn, 'ions', ions);
  const permeant: PermeantIon[] = [];
  for (let i = 0; i < ions.length; i++) {
    const ion = ions[i]!;
    // Fast path for the common valid ion; anything else gets the detailed checks (which
    // throw with the parameter named), so labels are only built when needed.
    const { z, permeability: p, inside, outside } = ion ?? ({} as PermeantIon);
    const valid =
      Number.isInteger(z) &&
      z !== 0 &&
      Math.abs(z) <= MAX_VALENCE &&
      p < Infinity &&
      inside < Infinity &&
      outside < Infinity;
    if (valid && p > 0 && inside > 0 && outside > 0) {
      permeant.push(ion);
      continue;
    }
    if (valid && p === 0 && inside >= 0 && outside >= 0) continue;
    const label = `ions[${i}]`;
    valence(fn, `${label}.z (valence)`, z);
    nonNegative(fn, `${label}.permeability`, p);
    if (p > 0) checkGradient(fn, ion, label);
    nonNegative(fn, `${label}.inside (inside concentration)`, inside, 'mM');
    nonNegative(fn, `${label}.outside (outside concentration)`, outside, 'mM');
  }
  if (permeant.length === 0) {
    positive(fn, 'the sum of permeabilities', 0);
  }
  return permeant;
}
