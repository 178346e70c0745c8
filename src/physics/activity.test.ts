// Unit tests of ionic strength, activity coefficients (limiting, extended, Davies) and the
// Debye–Hückel constants: hand-computed values, identities between the models, and the
// turning points of the Davies curve found from its derivative.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  activityCoefficient,
  DEBYE_HUCKEL_A,
  DEBYE_HUCKEL_B,
  debyeHuckelConstants,
  ionicStrength,
  type ActivityModel,
} from './activity';
import { expectClose, expectRangeError, concentration, valence } from './testing';

const MODELS: ActivityModel[] = ['limiting', 'extended', 'davies'];

/** log10 γ of the Davies law at I mol/L, written out for the tests. */
function daviesDeficit(sqrtI: number): number {
  return sqrtI / (1 + sqrtI) - 0.3 * sqrtI * sqrtI;
}

describe('ionicStrength', () => {
  test('ionicStrength of a Ringer-like saline (Na⁺ 145, K⁺ 4, Ca²⁺ 2, Mg²⁺ 1, Cl⁻ 155 mM) is ½Σc·z² = 158 mM', () => {
    // ½·(145·1 + 4·1 + 2·4 + 1·4 + 155·1) = ½·316 = 158
    const saline = [
      { z: 1, concentration: 145 },
      { z: 1, concentration: 4 },
      { z: 2, concentration: 2 },
      { z: 2, concentration: 1 },
      { z: -1, concentration: 155 },
    ];
    expect(ionicStrength(saline)).toBe(158);
  });

  test('ionicStrength counts a neutral species as nothing and rejects a fractional valence, naming species[1].z', () => {
    const withGlucose = [
      { z: 1, concentration: 150 },
      { z: 0, concentration: 5 },
      { z: -1, concentration: 150 },
    ];
    expect(ionicStrength(withGlucose)).toBe(150);
    expectRangeError(
      () =>
        ionicStrength([
          { z: 1, concentration: 150 },
          { z: 1.5, concentration: 1 },
        ]),
      'ionicStrength',
      'species[1].z',
    );
  });
});

describe('activityCoefficient', () => {
  test('activityCoefficient takes ionic strength in mM: 10 mM is √0.01 = 0.1 (mol/L)^½, so the limiting law gives 10^−0.0509', () => {
    // z = 1, I = 10 mM = 0.01 M: log10 γ = −0.509·1·0.1 = −0.0509, γ = 0.8894058875558917
    expectClose(activityCoefficient(1, 10, 'limiting'), 0.8894058875558917, 1e-14);
    // z = 2, I = 40 mM = 0.04 M: log10 γ = −0.509·4·0.2 = −0.4072, γ = 0.39156151483961166
    expectClose(activityCoefficient(2, 40, 'limiting'), 0.39156151483961166, 1e-14);
  });

  test('activityCoefficient of the extended law with B·a = 1 differs from Davies by exactly 0.3·A·z²·I in log10 γ', () => {
    // B = 0.5 Å⁻¹(mol/L)^-½ and a = 2 Å make 1 + B·a·√I = 1 + √I, Davies' denominator.
    for (const z of [1, 2]) {
      for (const mM of [10, 100, 300]) {
        const extended = activityCoefficient(z, mM, 'extended', { B: 0.5, ionSize: 2e-10 });
        const davies = activityCoefficient(z, mM, 'davies');
        const expected = 0.3 * DEBYE_HUCKEL_A * z * z * (mM / 1000);
        expectClose(Math.log10(davies) - Math.log10(extended), expected, 1e-12);
      }
    }
  });

  test('activityCoefficient of the extended law approaches the limiting law as the ion size shrinks to 1e-20 m', () => {
    // B·a·√I = 0.328 × 1e-10 Å × √0.15 ≈ 1.3e-11: the two laws differ by that fraction of log γ.
    for (const z of [1, -2, 3]) {
      expectClose(
        activityCoefficient(z, 150, 'extended', { ionSize: 1e-20 }),
        activityCoefficient(z, 150, 'limiting'),
        1e-10,
      );
    }
  });

  test('activityCoefficient of Davies is smallest where 0.6·√I·(1 + √I)² = 1, at I ≈ 0.395 M (not 0.5 M)', () => {
    // d/ds [s/(1 + s) − 0.3·s²] = 1/(1 + s)² − 0.6·s = 0, with s = √I; bisect for s.
    let lo = 0.1;
    let hi = 1;
    for (let i = 0; i < 100; i++) {
      const mid = 0.5 * (lo + hi);
      if (0.6 * mid * (1 + mid) ** 2 < 1) lo = mid;
      else hi = mid;
    }
    const minimumMM = lo * lo * 1000; // 394.979 mM
    expect(minimumMM).toBeGreaterThan(394);
    expect(minimumMM).toBeLessThan(396);
    const atMinimum = activityCoefficient(1, minimumMM, 'davies');
    for (let mM = 300; mM <= 600; mM += 5) {
      expect(activityCoefficient(1, mM, 'davies')).toBeGreaterThanOrEqual(atMinimum);
    }
    expect(activityCoefficient(1, 500, 'davies')).toBeGreaterThan(
      activityCoefficient(1, 450, 'davies'),
    );
    expectClose(Math.log10(atMinimum), -DEBYE_HUCKEL_A * daviesDeficit(lo), 1e-12);
  });

  test('activityCoefficient of Davies returns to 1 at √I = (−1 + √(43/3))/2, I ≈ 1.94 M, and exceeds 1 beyond', () => {
    // s/(1 + s) = 0.3·s² ⇔ s² + s − 10/3 = 0 ⇔ s = (−1 + √(43/3))/2 = 1.3929694486000912
    const s = (-1 + Math.sqrt(43 / 3)) / 2;
    expectClose(activityCoefficient(2, s * s * 1000, 'davies'), 1, 0, 1e-12);
    expect(activityCoefficient(1, 2500, 'davies')).toBeGreaterThan(1);
  });

  test('activityCoefficient is 1 for a neutral species (z = 0) at any ionic strength in every model', () => {
    for (const model of MODELS) {
      for (const mM of [0, 150, 5000]) {
        expect(activityCoefficient(0, mM, model)).toBe(1);
      }
    }
  });

  test('activityCoefficient rejects a fractional z, a negative ionic strength, A = 0, a negative ion size and an unknown model, naming each', () => {
    const fn = 'activityCoefficient';
    expectRangeError(() => activityCoefficient(1.5, 150, 'davies'), fn, 'z');
    expectRangeError(() => activityCoefficient(1, -150, 'davies'), fn, 'ionicStrength');
    expectRangeError(() => activityCoefficient(1, 150, 'limiting', { A: 0 }), fn, 'options.A');
    expectRangeError(
      () => activityCoefficient(1, 150, 'extended', { ionSize: -4.5e-10 }),
      fn,
      'options.ionSize',
    );
    expectRangeError(
      () => activityCoefficient(1, 150, 'debye-huckel' as ActivityModel),
      fn,
      'model',
    );
  });
});

describe('debyeHuckelConstants', () => {
  test('debyeHuckelConstants scale as A ∝ (ε_r·T)^(−3/2) and B ∝ (ε_r·T)^(−1/2), and agree with the rounded defaults for 25 °C water to 0.2 %', () => {
    // first principles give A = 0.50925, B = 0.32864; the contract's defaults are 0.509, 0.328
    const water = debyeHuckelConstants(298.15, 78.54);
    expectClose(water.A, DEBYE_HUCKEL_A, 2e-3);
    expectClose(water.B, DEBYE_HUCKEL_B, 2e-3);
    // doubling ε_r·T, once through T and once through ε_r
    for (const doubled of [
      debyeHuckelConstants(596.3, 78.54),
      debyeHuckelConstants(298.15, 157.08),
    ]) {
      expectClose(doubled.A, water.A * 2 ** -1.5, 1e-14);
      expectClose(doubled.B, water.B * 2 ** -0.5, 1e-14);
    }
  });
});

describe('for every input', () => {
  const models: ActivityModel[] = ['limiting', 'extended', 'davies'];
  const model = fc.constantFrom(...models);
  const strength = fc.double({ min: 1e-3, max: 1e3, noNaN: true }); // mM: up to 1 M

  test('activityCoefficient is 1 at zero ionic strength for every model and valence', () => {
    fc.assert(
      fc.property(fc.constantFrom(-3, -2, -1, 0, 1, 2, 3), model, (z, m) => {
        expect(activityCoefficient(z, 0, m)).toBe(1);
      }),
    );
  });

  test('activityCoefficient of the limiting law is at most 1 and decreases with ionic strength', () => {
    const factor = fc.double({ min: 1.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(valence, strength, factor, (z, i, k) => {
        const g = activityCoefficient(z, i, 'limiting');
        expect(g).toBeLessThanOrEqual(1);
        expect(g).toBeGreaterThan(0);
        expect(activityCoefficient(z, i * k, 'limiting')).toBeLessThan(g);
      }),
    );
  });

  test('activityCoefficient depends on z only through z²', () => {
    fc.assert(
      fc.property(valence, strength, model, (z, i, m) => {
        expect(activityCoefficient(-z, i, m)).toBe(activityCoefficient(z, i, m));
      }),
    );
  });

  test('activityCoefficient of the extended law is never below the limiting law', () => {
    const ionSize = fc.double({ min: 1e-10, max: 1e-9, noNaN: true }); // 1–10 Å
    fc.assert(
      fc.property(valence, fc.oneof(fc.constant(0), strength), ionSize, (z, i, a) => {
        expect(activityCoefficient(z, i, 'extended', { ionSize: a })).toBeGreaterThanOrEqual(
          activityCoefficient(z, i, 'limiting'),
        );
      }),
    );
  });

  test('ionicStrength of a 1:1 salt equals its concentration and of CaCl₂ three times it', () => {
    fc.assert(
      fc.property(concentration, (c) => {
        const nacl = ionicStrength([
          { z: 1, concentration: c },
          { z: -1, concentration: c },
        ]);
        const cacl2 = ionicStrength([
          { z: 2, concentration: c },
          { z: -1, concentration: 2 * c },
        ]);
        expectClose(nacl, c, 1e-12, 0);
        expectClose(cacl2, 3 * c, 1e-12, 0);
      }),
    );
  });
});
