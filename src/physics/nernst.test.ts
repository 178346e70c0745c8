// Unit tests of nernstPotential and activityNernstPotential against hand-computed values.
// Throughout: RT/F at 37 °C = 8.31446261815324 × 310.15 / 96485.33212331001
//                           = 0.02672665911254327 V.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { activityNernstPotential, nernstPotential } from './nernst';
import {
  ABS_V,
  concentration,
  expectClose,
  expectRangeError,
  ionGradient,
  REL,
  temperature,
  valence,
} from './testing';

const T37 = 310.15;
const VT37 = 0.02672665911254327;

describe('nernstPotential', () => {
  test('nernstPotential gives +61.54 mV per tenfold gradient of a monovalent cation at 37 °C', () => {
    // RT/F · ln 10 = 0.02672665911254327 × 2.302585092994046 = 0.0615404068580756 V
    expectClose(
      nernstPotential({ z: 1, inside: 10, outside: 100 }, T37),
      0.0615404068580756,
      1e-14,
    );
    expectClose(
      nernstPotential({ z: 1, inside: 100, outside: 10 }, T37),
      -0.0615404068580756,
      1e-14,
    );
  });

  test('nernstPotential is exactly RT/zF when c_out/c_in = e', () => {
    for (const z of [1, -1, 2, -2, 3]) {
      expectClose(nernstPotential({ z, inside: 1, outside: Math.E }, T37), VT37 / z, 1e-15);
    }
  });

  test('nernstPotential resolves a gradient of one part in 2³⁰: RT/F·ln(1 + 2⁻³⁰) = 24.89 pV', () => {
    // 0.02672665911254327 × log1p(2⁻³⁰) = 2.4891140963973198e-11 V
    const ion = { z: 1, inside: 1, outside: 1 + 2 ** -30 };
    expectClose(nernstPotential(ion, T37), 2.48911409639732e-11, 1e-14);
  });

  test('nernstPotential stays finite for a ratio beyond 1e308: 1e-300 mM in, 1e300 mM out gives 600·ln 10·RT/F = 36.92 V', () => {
    // 600 × 2.302585092994046 × 0.02672665911254327 = 36.92424411484536 V
    expectClose(
      nernstPotential({ z: 1, inside: 1e-300, outside: 1e300 }, T37),
      36.92424411484536,
      1e-14,
    );
  });

  test('nernstPotential rejects a negative inside concentration with "nernstPotential: … inside … must be a finite number > 0 mM (got -3)"', () => {
    const message = expectRangeError(
      () => nernstPotential({ z: 1, inside: -3, outside: 4 }, T37),
      'nernstPotential',
      'inside',
    );
    expect(message).toMatch(/must be a finite number > 0 mM \(got -3\)$/);
  });

  test('nernstPotential rejects a fractional valence and one beyond ±MAX_VALENCE, naming z', () => {
    for (const z of [1.5, 101, -101]) {
      expectRangeError(
        () => nernstPotential({ z, inside: 140, outside: 4 }, T37),
        'nernstPotential',
        'z',
      );
    }
  });
});

describe('activityNernstPotential', () => {
  test('activityNernstPotential adds (RT/zF)·ln(γ_out/γ_in): γ_out = 2·γ_in shifts E_K by +18.53 mV', () => {
    // RT/F · ln 2 = 0.02672665911254327 × 0.6931471805599453 = 0.018525508409646138 V
    const gradient = { z: 1, inside: 140, outside: 4 };
    const shift =
      activityNernstPotential({ ...gradient, gammaInside: 0.4, gammaOutside: 0.8 }, T37) -
      nernstPotential(gradient, T37);
    expectClose(shift, 0.01852550840964614, 1e-13);
  });

  test('activityNernstPotential equals nernstPotential of the activities a = γ·c', () => {
    // K⁺ 140 mM in with γ 0.75, 4 mM out with γ 0.8: a_in = 105, a_out = 3.2, and
    // RT/F · ln(3.2/105) = −0.09329767661179756 V
    const ion = { z: 1, inside: 140, outside: 4, gammaInside: 0.75, gammaOutside: 0.8 };
    expectClose(activityNernstPotential(ion, T37), -0.09329767661179755, 1e-14);
    expectClose(
      activityNernstPotential(ion, T37),
      nernstPotential({ z: 1, inside: 105, outside: 3.2 }, T37),
      1e-14,
    );
  });

  test('activityNernstPotential rejects an activity coefficient of 0 on either side, naming gammaInside or gammaOutside', () => {
    const gradient = { z: 1, inside: 140, outside: 4 };
    expectRangeError(
      () => activityNernstPotential({ ...gradient, gammaInside: 0, gammaOutside: 0.8 }, T37),
      'activityNernstPotential',
      'gammaInside',
    );
    expectRangeError(
      () => activityNernstPotential({ ...gradient, gammaInside: 0.8, gammaOutside: -1 }, T37),
      'activityNernstPotential',
      'gammaOutside',
    );
  });
});

describe('for every input', () => {
  test('nernstPotential negates when inside and outside swap', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        const swapped = { z: ion.z, inside: ion.outside, outside: ion.inside };
        expectClose(nernstPotential(swapped, t), -nernstPotential(ion, t), REL, ABS_V);
      }),
    );
  });

  test('nernstPotential negates when z changes sign', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        expectClose(
          nernstPotential({ ...ion, z: -ion.z }, t),
          -nernstPotential(ion, t),
          REL,
          ABS_V,
        );
      }),
    );
  });

  test('nernstPotential of a cation rises with the outside and falls with the inside concentration', () => {
    const cationValence = fc.constantFrom(1, 2, 3);
    const factor = fc.double({ min: 1.001, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        cationValence,
        concentration,
        concentration,
        factor,
        temperature,
        (z, i, o, k, t) => {
          const e = nernstPotential({ z, inside: i, outside: o }, t);
          expect(nernstPotential({ z, inside: i, outside: o * k }, t)).toBeGreaterThan(e);
          expect(nernstPotential({ z, inside: i * k, outside: o }, t)).toBeLessThan(e);
        },
      ),
    );
  });

  test('nernstPotential is exactly zero when inside equals outside', () => {
    fc.assert(
      fc.property(valence, concentration, temperature, (z, c, t) => {
        expect(Math.abs(nernstPotential({ z, inside: c, outside: c }, t))).toBe(0);
      }),
    );
  });

  test('activityNernstPotential equals nernstPotential when both activity coefficients are equal', () => {
    const gamma = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(ionGradient, gamma, temperature, (ion, g, t) => {
        expectClose(
          activityNernstPotential({ ...ion, gammaInside: g, gammaOutside: g }, t),
          nernstPotential(ion, t),
          REL,
          ABS_V,
        );
      }),
    );
  });
});
