// Unit tests of the screened potential ψ(x)/ψ₀ = exp(−x/λ_D) and its inverse
// x = λ_D·ln(1/fraction), against hand-worked values and each other.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { screenedPotential, screeningDistance } from './screening';
import { expectRangeError } from './testing';

const E = 2.718281828459045;
const LAMBDA = 7.786e-10;

describe('screenedPotential', () => {
  test('is 1 at the membrane, 1/e at one Debye length and 1/e² at two', () => {
    expect(screenedPotential(0, LAMBDA)).toBe(1);
    expect(screenedPotential(LAMBDA, LAMBDA)).toBeCloseTo(1 / E, 15);
    expect(screenedPotential(2 * LAMBDA, LAMBDA)).toBeCloseTo(1 / (E * E), 15);
  });

  test('depends only on x/λ_D, so nm for both gives the same fraction as m', () => {
    expect(screenedPotential(1.5, 0.7786)).toBeCloseTo(screenedPotential(1.5e-9, LAMBDA), 15);
  });

  test('rejects a negative distance and a non-positive Debye length, naming each', () => {
    expectRangeError(() => screenedPotential(-1e-9, LAMBDA), 'screenedPotential', 'distance');
    expectRangeError(() => screenedPotential(1e-9, 0), 'screenedPotential', 'debyeLength');
  });
});

describe('screeningDistance', () => {
  test('puts 1 % of ψ₀ at λ_D·ln 100 = 4.605 λ_D, and 1/e at λ_D', () => {
    expect(screeningDistance(0.01, LAMBDA)).toBeCloseTo(4.605170185988091 * LAMBDA, 20);
    expect(screeningDistance(1 / E, LAMBDA)).toBeCloseTo(LAMBDA, 20);
    expect(screeningDistance(1, LAMBDA)).toBe(0);
  });

  test('undoes screenedPotential for any fraction in (0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1, noNaN: true }), (fraction) => {
        const x = screeningDistance(fraction, LAMBDA);
        expect(screenedPotential(x, LAMBDA)).toBeCloseTo(fraction, 12);
      }),
    );
  });

  test('rejects a fraction outside (0, 1] and a non-positive Debye length, naming each', () => {
    for (const fraction of [0, -0.5, 1.5, NaN]) {
      expectRangeError(() => screeningDistance(fraction, LAMBDA), 'screeningDistance', 'fraction');
    }
    expectRangeError(() => screeningDistance(0.01, -1), 'screeningDistance', 'debyeLength');
  });
});
