// Unit tests of the Bernoulli function ε(u) = u/(eᵘ − 1) and its derivative, against series
// expansions, closed forms at special points and finite differences.
import { describe, expect, test } from 'vitest';
import { bernoulli, bernoulliDerivative } from './bernoulli';
import { expectClose } from './testing';

/** ε(u) for either sign, from bernoulli(|u|) and the identity ε(−a) = ε(a) + a. */
function epsilon(u: number): number {
  return u >= 0 ? bernoulli(u) : bernoulli(-u) - u;
}

/** bernoulliDerivative at u, fed with ε(u) and ε(−u) as its callers do. */
function derivative(u: number): number {
  return bernoulliDerivative(u, epsilon(u), epsilon(-u));
}

describe('bernoulli', () => {
  test('bernoulli(0) is exactly 1, the limit of u/(eᵘ − 1) at u = 0', () => {
    expect(bernoulli(0)).toBe(1);
  });

  test('bernoulli(a) agrees with the series 1 − a/2 + a²/12 − a⁴/720 for tiny a', () => {
    // The next term is +a⁶/30240, below 4e-23 for a ≤ 1e-3: the series is exact to rounding.
    for (const a of [5e-324, 1e-300, 1e-12, 1e-8, 1e-5, 1e-3]) {
      const series = 1 - a / 2 + (a * a) / 12 - a ** 4 / 720;
      expectClose(bernoulli(a), series, 4e-16);
    }
  });

  test('bernoulli(ln 2) is ln 2 and bernoulli(1) is 1/(e − 1)', () => {
    // e^(ln 2) − 1 = 1, so ε(ln 2) = ln 2; ε(1) = 1/(e − 1) = 0.5819767068693265.
    expectClose(bernoulli(Math.LN2), Math.LN2, 4e-16);
    expectClose(bernoulli(1), 1 / (Math.E - 1), 4e-16);
    expectClose(bernoulli(1), 0.5819767068693265, 4e-16);
  });

  test('bernoulli(800) is exactly 0, not NaN, where eᵘ overflows (and so is bernoulli(MAX_VALUE))', () => {
    // The true value 800·e^-800 ≈ 1e-345 is below the smallest double.
    expect(bernoulli(800)).toBe(0);
    expect(bernoulli(Number.MAX_VALUE)).toBe(0);
    // Just below the overflow of eᵘ (u ≈ 709.78) it is still a tiny positive number:
    // 700·e^-700 ≈ 7.1e-302.
    expectClose(bernoulli(700), 700 * Math.exp(-700), 1e-13);
  });

  test('bernoulli(a) + a equals ε(−a) = a/(1 − e⁻ᵃ), the identity the GHK current relies on', () => {
    for (const a of [1e-10, 0.5, 1, 30, 700]) {
      const atMinusA = a / -Math.expm1(-a);
      expectClose(bernoulli(a) + a, atMinusA, 4e-16);
    }
  });
});

describe('bernoulliDerivative', () => {
  test('bernoulliDerivative is −1/2 at 0 and follows −1/2 + u/6 − u³/180 for |u| < 1e-3', () => {
    expect(bernoulliDerivative(0, 1, 1)).toBe(-0.5);
    for (const u of [-9e-4, -1e-7, 1e-12, 5e-4, 9.99e-4]) {
      expectClose(derivative(u), -0.5 + u / 6 - u ** 3 / 180, 1e-15);
    }
  });

  test('bernoulliDerivative agrees with a central finite difference of bernoulli away from 0', () => {
    // (ε(u + h) − ε(u − h))/2h has truncation error h²·|ε‴|/6 < 1e-11 and rounding error
    // ~1e-16/h = 1e-11 for h = 1e-5.
    const h = 1e-5;
    for (const u of [-20, -3, -0.5, 0.01, 1, 4, 20]) {
      const difference = (epsilon(u + h) - epsilon(u - h)) / (2 * h);
      expectClose(derivative(u), difference, 0, 1e-9);
    }
  });

  test('bernoulliDerivative at u = ln 2 is 1 − 2·ln 2', () => {
    // ε′(u) = ((eᵘ − 1) − u·eᵘ)/(eᵘ − 1)²; at eᵘ = 2 that is (1 − 2·ln 2)/1 = −0.386294361…
    expectClose(derivative(Math.LN2), 1 - 2 * Math.LN2, 1e-15);
  });

  test('bernoulliDerivative is continuous where it switches from the series to the closed form at |u| = 1e-3', () => {
    for (const edge of [1e-3, -1e-3]) {
      const below = derivative(edge * (1 - 1e-9));
      const above = derivative(edge * (1 + 1e-9));
      const series = -0.5 + edge / 6 - edge ** 3 / 180;
      // the closed form cancels near 0: 1 − ε(−u) ≈ −u/2 loses ~3 digits at u = 1e-3
      expectClose(below, series, 0, 1e-12);
      expectClose(above, series, 0, 1e-12);
    }
  });

  test('bernoulliDerivative tends to −1 as u → −∞ and to 0 as u → +∞', () => {
    // ε(u) → −u for u → −∞ (slope −1) and ε(u) → u·e⁻ᵘ → 0 for u → +∞.
    expect(derivative(-800)).toBe(-1);
    expect(Math.abs(derivative(800))).toBe(0);
  });
});
