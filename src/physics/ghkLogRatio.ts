import { logRatio } from './logRatio';

type Gradient = { z: number; inside: number; outside: number };

/**
 * ln( Σ w·c_toward / Σ w·c_away ), the logarithm in the GHK voltage equation and its
 * relatives, where for a cation c_toward = c_out and c_away = c_in, and for an anion the
 * reverse (w = P for GHK, r·P_K for Mullins–Noda, P·z² for the reversal solver's first
 * guess). Weights and concentrations are first divided by their largest values, which
 * leaves the ratio unchanged but keeps the products from overflowing or underflowing.
 * Returns NaN or ±Infinity only when the sums still leave floating-point range; callers
 * decide what that means. `weightOf` reads each ion's weight, so callers pass their ions
 * as they are (building weighted copies cost more than the sums themselves).
 */
export function ghkLogRatio<T extends Gradient>(
  ions: readonly T[],
  weightOf: (ion: T) => number,
): number {
  let maxWeight = 0;
  let maxConcentration = 0;
  for (const ion of ions) {
    maxWeight = Math.max(maxWeight, weightOf(ion));
    maxConcentration = Math.max(maxConcentration, ion.inside, ion.outside);
  }
  let toward = 0;
  let away = 0;
  for (const ion of ions) {
    const { z, inside, outside } = ion;
    const w = weightOf(ion) / maxWeight;
    toward += w * ((z > 0 ? outside : inside) / maxConcentration);
    away += w * ((z > 0 ? inside : outside) / maxConcentration);
  }
  return logRatio(toward, away);
}
