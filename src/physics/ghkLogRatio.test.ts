// Unit tests of ghkLogRatio, ln(Σ w·c_toward / Σ w·c_away), the logarithm of the GHK voltage
// equation: single-ion limits, a hand-computed mixture, and its scale invariance.
import { describe, expect, test } from 'vitest';
import { ghkLogRatio } from './ghkLogRatio';
import { expectClose } from './testing';

/** The weight each test ion carries. */
const byWeight = (ion: { weight: number }) => ion.weight;

const K = { z: 1, inside: 140, outside: 4, weight: 1 };
const Na = { z: 1, inside: 12, outside: 145, weight: 0.05 };
const Cl = { z: -1, inside: 7, outside: 120, weight: 0.45 };

describe('ghkLogRatio', () => {
  test('ghkLogRatio of a single cation is ln(c_out/c_in) and of a single anion ln(c_in/c_out)', () => {
    expectClose(ghkLogRatio([K], byWeight), Math.log(4 / 140), 1e-15);
    expectClose(ghkLogRatio([Cl], byWeight), Math.log(7 / 120), 1e-15);
  });

  test('ghkLogRatio of K⁺, Na⁺ and Cl⁻ weighted 1 : 0.05 : 0.45 is ln(14.4 / 194.6)', () => {
    // toward: 1·4 + 0.05·145 + 0.45·7   = 4 + 7.25 + 3.15 = 14.4
    // away:   1·140 + 0.05·12 + 0.45·120 = 140 + 0.6 + 54 = 194.6
    // ln(14.4/194.6) = −2.603717664354307
    expectClose(ghkLogRatio([K, Na, Cl], byWeight), -2.6037179631699496, 1e-14);
  });

  test('ghkLogRatio puts an anion’s inside concentration on the toward side, like a cation with the sides swapped', () => {
    const ClAsCation = { z: 1, inside: Cl.outside, outside: Cl.inside, weight: Cl.weight };
    expect(ghkLogRatio([K, Na, Cl], byWeight)).toBe(ghkLogRatio([K, Na, ClAsCation], byWeight));
  });

  test('ghkLogRatio ignores an ion whose weight is 0', () => {
    const impermeant = { z: 1, inside: 1e-3, outside: 500, weight: 0 };
    expectClose(ghkLogRatio([K, Na, impermeant], byWeight), ghkLogRatio([K, Na], byWeight), 1e-15);
  });

  test('ghkLogRatio is unchanged when every weight is scaled by 1e300 or 1e-300 (no overflow, no underflow)', () => {
    const reference = ghkLogRatio([K, Na, Cl], byWeight);
    for (const factor of [1e300, 1e-300]) {
      const scaled = [K, Na, Cl].map((ion) => ({ ...ion, weight: ion.weight * factor }));
      expectClose(ghkLogRatio(scaled, byWeight), reference, 1e-14);
    }
  });

  test('ghkLogRatio is unchanged when every concentration is scaled by 1e300 or 1e-300', () => {
    const reference = ghkLogRatio([K, Na, Cl], byWeight);
    for (const factor of [1e300, 1e-300]) {
      const scaled = [K, Na, Cl].map((ion) => ({
        ...ion,
        inside: ion.inside * factor,
        outside: ion.outside * factor,
      }));
      expectClose(ghkLogRatio(scaled, byWeight), reference, 1e-14);
    }
  });

  test('ghkLogRatio is exactly 0 when every ion has the same concentration on both sides', () => {
    const ions = [
      { z: 1, inside: 140, outside: 140, weight: 1 },
      { z: -1, inside: 3, outside: 3, weight: 0.3 },
      { z: 2, inside: 1e-4, outside: 1e-4, weight: 7 },
    ];
    expect(Math.abs(ghkLogRatio(ions, byWeight))).toBe(0);
  });

  test('ghkLogRatio reports −Infinity, not a finite stand-in, when a normalised sum underflows to 0', () => {
    // c_out/max(c) = 1e-300/1e300 = 1e-600 underflows: the callers turn this into a RangeError.
    expect(ghkLogRatio([{ z: 1, inside: 1e300, outside: 1e-300, weight: 1 }], byWeight)).toBe(
      -Infinity,
    );
  });
});
