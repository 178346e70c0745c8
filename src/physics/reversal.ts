import { addGhkCurrentAndSlope, type CurrentAndSlope } from './ghk';
import { checkPermeantIons, type PermeantIon } from './ion';
import { logRatio } from './logRatio';
import { thermalVoltage } from './thermal';
import { positive } from './validate';

/** Stop when a step is this small (V): far below any digit the book shows. */
const VOLTAGE_TOLERANCE = 1e-14;
/** Bisection alone shrinks a 2 V bracket below the tolerance in 48 halvings; 200 is ample. */
const MAX_ITERATIONS = 200;

/**
 * The reversal (zero-current) potential of a mixture of permeant ions of any valence, in V:
 * the V at which Σ_i I_GHK,i(V) = 0. For monovalent ions it equals ghkVoltage; with Ca²⁺,
 * Mg²⁺ or divalent anions there is no closed form, so it is solved numerically.
 *
 * Each ion's GHK current increases strictly with V and vanishes at its own Nernst potential,
 * so the root lies between the smallest and largest E_i. Newton steps start from the GHK
 * formula with each ion weighted by P·z² (exact for monovalent sets), and any step that
 * would leave the shrinking bracket is replaced by bisection, so it always converges.
 */
export function reversalPotential(ions: readonly PermeantIon[], temperature: number): number {
  const fn = 'reversalPotential';
  const permeant = checkPermeantIons(fn, ions);
  positive(fn, 'temperature', temperature, 'K');
  return solveReversal(permeant, thermalVoltage(temperature));
}

/** The solver behind reversalPotential, for inputs already checked. vt = RT/F. */
export function solveReversal(permeant: readonly PermeantIon[], vt: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  let up = 0;
  let down = 0;
  for (const { z, inside, outside, permeability: p } of permeant) {
    const e = (vt / z) * logRatio(outside, inside);
    lo = Math.min(lo, e);
    hi = Math.max(hi, e);
    const weight = p * z * z;
    up += weight * (z > 0 ? outside : inside);
    down += weight * (z > 0 ? inside : outside);
  }
  if (lo === hi) return lo;

  let v = Math.min(hi, Math.max(lo, vt * logRatio(up, down)));
  const sum: CurrentAndSlope = { current: 0, slope: 0 };
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    sum.current = 0;
    sum.slope = 0;
    for (const { z, inside, outside, permeability } of permeant) {
      addGhkCurrentAndSlope(sum, permeability, z, inside, outside, (z * v) / vt, vt);
    }
    if (sum.current === 0) return v;
    if (sum.current < 0) lo = v;
    else hi = v;
    const step = sum.current / sum.slope;
    // A converged step may round onto the bracket's edge: test it before the bracket.
    if (Math.abs(step) <= VOLTAGE_TOLERANCE) return v - step;
    const next = v - step;
    v = next > lo && next < hi ? next : 0.5 * (lo + hi);
    if (hi - lo <= VOLTAGE_TOLERANCE) return v;
  }
  return 0.5 * (lo + hi);
}
