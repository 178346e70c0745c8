import { addGhkCurrentAndSlope, type CurrentAndSlope } from './ghk';
import { checkPermeantIons, type PermeantIon } from './ion';
import { ghkLogRatio } from './ghkLogRatio';
import { logRatio } from './logRatio';
import { thermalVoltage } from './thermal';
import { finiteResult, positive } from './validate';

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
  const v = solveReversal(normalised(permeant), thermalVoltage(temperature));
  return finiteResult(fn, 'ions', v);
}

/** The solver behind reversalPotential, for inputs already checked. vt = RT/F. */
export function solveReversal(permeant: readonly PermeantIon[], vt: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { z, inside, outside } of permeant) {
    const e = (vt / z) * logRatio(outside, inside);
    lo = Math.min(lo, e);
    hi = Math.max(hi, e);
  }
  if (lo === hi) return lo;

  const guess = vt * ghkLogRatio(permeant, (ion) => ion.permeability * ion.z * ion.z);
  let v = Number.isFinite(guess) ? Math.min(hi, Math.max(lo, guess)) : 0.5 * (lo + hi);
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

/**
 * The root does not change when every permeability, or every concentration, is scaled by
 * one positive factor; dividing each by its largest value keeps the currents far from
 * overflow and underflow whatever units the caller used.
 */
function normalised(permeant: readonly PermeantIon[]): PermeantIon[] {
  let maxP = 0;
  let maxC = 0;
  for (const ion of permeant) {
    maxP = Math.max(maxP, ion.permeability);
    maxC = Math.max(maxC, ion.inside, ion.outside);
  }
  return permeant.map((ion) => ({
    z: ion.z,
    inside: ion.inside / maxC,
    outside: ion.outside / maxC,
    permeability: ion.permeability / maxP,
  }));
}
