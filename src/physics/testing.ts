// Test helpers shared by the physics core's tests: comparison within a tolerance, the check
// that an export rejects its input, and the inputs the property tests draw from.
import fc from 'fast-check';
import { expect } from 'vitest';
import { FARADAY, GAS_CONSTANT } from './constants';
import type { PermeantIon } from './ion';
import { nernstPotential } from './nernst';

/** Body temperature, K. */
export const T37 = 310.15;
/** RT/F at 37 °C from the constants: 8.31446261815324 × 310.15 / 96485.33212331001 V */
export const VT37 = (GAS_CONSTANT * T37) / FARADAY;

/**
 * The property tests' tolerance, unless a test says otherwise: relative 1e-9 or absolute
 * 1e-12 V, whichever is larger. Every formula here is a handful of floating-point
 * operations, so the true discrepancy is a few ulps (~1e-16 relative); 1e-9 leaves room
 * without letting a wrong formula through.
 */
export const REL = 1e-9;
export const ABS_V = 1e-12;

/** Expects |actual − expected| ≤ max(rel·|expected|, abs); `what` begins the failure message. */
export function expectClose(
  actual: number,
  expected: number,
  rel: number,
  abs = 0,
  what = '',
): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  expect(
    Math.abs(actual - expected),
    `${what} got ${actual}, expected ${expected} (tolerance ${tolerance})`,
  ).toBeLessThanOrEqual(tolerance);
}

/** Expects lo ≤ value ≤ hi, give or take `slack`. */
export function expectWithin(value: number, lo: number, hi: number, slack = ABS_V): void {
  expect(value, `${value} below ${lo}`).toBeGreaterThanOrEqual(lo - slack);
  expect(value, `${value} above ${hi}`).toBeLessThanOrEqual(hi + slack);
}

/**
 * Expects `call` to throw a RangeError whose message starts `fn: ` and names `parameter`,
 * and returns the message.
 */
export function expectRangeError(call: () => unknown, fn: string, parameter: string): string {
  let error: unknown;
  let returned: unknown;
  try {
    returned = call();
  } catch (e) {
    error = e;
  }
  expect(error, `returned ${JSON.stringify(returned)} instead of throwing`).toBeInstanceOf(
    RangeError,
  );
  const { message } = error as RangeError;
  expect(message.startsWith(`${fn}: `), message).toBe(true);
  expect(message).toContain(parameter);
  return message;
}

/** The Nernst potential of each ion, V. */
export function nernstOf(ions: readonly PermeantIon[], t: number): number[] {
  return ions.map((ion) => nernstPotential(ion, t));
}

// The property tests' inputs: realistic but wide ranges.

/** mM */
export const concentration = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
/** K */
export const temperature = fc.double({ min: 273, max: 320, noNaN: true });
export const valence = fc.constantFrom(-2, -1, 1, 2, 3);
/** relative permeability (only ratios matter in the voltage equations) */
export const relativePermeability = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
/** V */
export const voltage = fc.double({ min: -0.2, max: 0.2, noNaN: true });
/** m/s per unit of relative permeability */
export const P_SCALE = 1e-8;

export const ionGradient = fc.record({ z: valence, inside: concentration, outside: concentration });
export const monovalentIon = fc.record({
  z: fc.constantFrom(-1, 1),
  inside: concentration,
  outside: concentration,
  permeability: relativePermeability,
});
/** One to five monovalent ions, the sets the GHK voltage equation takes. */
export const monovalentIons = fc.array(monovalentIon, { minLength: 1, maxLength: 5 });
