// Unit tests of logRatio, ln(n/d) formed from one quotient, against log1p, exact powers of
// two and the difference of logarithms where the quotient leaves the normal range.
import { describe, expect, test } from 'vitest';
import { logRatio } from './logRatio';
import { expectClose } from './testing';

/** One rounding of a quotient near 1 (2⁻⁵³ relative) moves its logarithm by ≤ 1.12e-16. */
const ONE_QUOTIENT_ROUNDING = 2.3e-16;

describe('logRatio', () => {
  test('logRatio(x, x) is exactly 0 for every positive x, from subnormal to MAX_VALUE', () => {
    for (const x of [Number.MIN_VALUE, 1e-310, 1e-300, 0.1, 1, 140, 1e300, Number.MAX_VALUE]) {
      expect(Math.abs(logRatio(x, x))).toBe(0);
    }
  });

  test('logRatio(n, d) is ln(n/d): ln(4/1) = 2·ln 2 and ln(4/140) = −ln 35', () => {
    expectClose(logRatio(4, 1), 2 * Math.LN2, 4e-16);
    // 4/140 = 1/35; ln 35 = 3.5553480614894135
    expectClose(logRatio(4, 140), -3.5553480614894135, 4e-16);
  });

  test('logRatio of nearly equal arguments matches Math.log1p((n − d)/d) to within one rounding of the quotient', () => {
    // For d/2 ≤ n ≤ 2d, n − d is exact (Sterbenz), so log1p((n − d)/d) is the accurate
    // reference; ln(n) − ln(d) would carry an error of ~ulp(ln d), 1e-13 near d = 1e300.
    const pairs: [number, number][] = [
      [1 + 2 ** -40, 1],
      [140.000001, 140],
      [3, 3 * (1 + 1e-12)],
      [1e300 * (1 + 1e-10), 1e300],
      [1e-300, 1e-300 * (1 + 1e-9)],
    ];
    for (const [n, d] of pairs) {
      expectClose(logRatio(n, d), Math.log1p((n - d) / d), 0, ONE_QUOTIENT_ROUNDING);
    }
  });

  test('logRatio keeps full relative precision when the quotient is exact (d a power of two)', () => {
    // n/d = 1 + 2⁻⁴⁰ exactly, so only the logarithm itself rounds.
    const expected = Math.log1p(2 ** -40);
    for (const k of [-900, -1, 0, 600]) {
      expectClose(logRatio(2 ** k * (1 + 2 ** -40), 2 ** k), expected, 1e-15);
    }
  });

  test('logRatio falls back to ln n − ln d when the ratio overflows or underflows (1e300 / 1e-300)', () => {
    // ln(1e600) = 600·ln 10 = 1381.5510557964274
    expectClose(logRatio(1e300, 1e-300), 1381.5510557964274, 1e-15);
    expectClose(logRatio(1e-300, 1e300), -1381.5510557964274, 1e-15);
    // ln(MAX_VALUE) − ln(MIN_VALUE) = 709.782712893384 + 744.4400719213812
    expectClose(logRatio(Number.MAX_VALUE, Number.MIN_VALUE), 1454.2227848147652, 1e-15);
  });

  test('logRatio falls back when the quotient would be subnormal and so lose digits', () => {
    // 1.2345678901234568e-300 / 1e20 ≈ 1.23e-320 keeps only ~11 significant bits as a
    // subnormal, so ln of that quotient would be off by ~1e-4. The exact value is
    // ln(1.2345678901234568) − 320·ln 10 = 0.2107210223156525 − 736.8272297580946.
    const expected = 0.2107210223156525 - 736.8272297580946;
    expectClose(logRatio(1.2345678901234568e-300, 1e20), expected, 1e-15);
  });

  test('logRatio is antisymmetric: logRatio(d, n) = −logRatio(n, d)', () => {
    const pairs: [number, number][] = [
      [4, 140],
      [1e-9, 1000],
      [7, 7.0000001],
      [1e300, 1e-300],
    ];
    for (const [n, d] of pairs) {
      const forward = logRatio(n, d);
      expectClose(logRatio(d, n), -forward, 1e-15, ONE_QUOTIENT_ROUNDING);
    }
  });
});
