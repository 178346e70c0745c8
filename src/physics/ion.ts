import { nonEmpty, nonNegative, positive, valence } from './validate';

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
  ions.forEach((ion, i) => {
    const label = `ions[${i}]`;
    valence(fn, `${label}.z (valence)`, ion?.z);
    nonNegative(fn, `${label}.permeability`, ion.permeability);
    if (ion.permeability > 0) {
      checkGradient(fn, ion, label);
      permeant.push(ion);
    } else {
      nonNegative(fn, `${label}.inside (inside concentration)`, ion.inside, 'mM');
      nonNegative(fn, `${label}.outside (outside concentration)`, ion.outside, 'mM');
    }
  });
  if (permeant.length === 0) {
    positive(fn, 'the sum of permeabilities', 0);
  }
  return permeant;
}
