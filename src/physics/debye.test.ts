// Unit tests of debyeLength, λ_D = √(ε0·ε_r·R·T / (2·F²·I)), against the same law written
// with molecular constants, the textbook 0.304 nm/√M rule and the Debye–Hückel B constant.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { debyeHuckelConstants } from './activity';
import { AVOGADRO, BOLTZMANN, ELEMENTARY_CHARGE, VACUUM_PERMITTIVITY } from './constants';
import { debyeLength } from './debye';
import { REL, expectClose, expectRangeError, temperature } from './testing';

describe('debyeLength', () => {
  test('debyeLength equals √(ε0·ε_r·k_B·T / (2·e²·N_A·I)), the same law with molecular constants (I in mol/m³ = mM)', () => {
    for (const [mM, t, er] of [
      [150, 310.15, 74.15],
      [1, 298.15, 78.4],
      [1000, 273.15, 88],
    ] as const) {
      const molecular = Math.sqrt(
        (VACUUM_PERMITTIVITY * er * BOLTZMANN * t) / (2 * ELEMENTARY_CHARGE ** 2 * AVOGADRO * mM),
      );
      expectClose(debyeLength(mM, t, er), molecular, 1e-14);
    }
  });

  test('debyeLength of a 1:1 salt in 25 °C water follows the textbook 0.304 nm/√(I in M): 0.304 nm at 1 M, 3.04 nm at 10 mM', () => {
    for (const mM of [1000, 100, 10, 1]) {
      const rule = 0.304e-9 / Math.sqrt(mM / 1000);
      expectClose(debyeLength(mM, 298.15, 78.4), rule, 3e-3);
    }
  });

  test('debyeLength is 1/(B·√I) with B the Debye–Hückel constant from debyeHuckelConstants (B in Å⁻¹·(mol/L)^−½)', () => {
    // κ = 1/λ_D = B·√I: the screening constant inside the extended Debye–Hückel law.
    for (const [t, er] of [
      [298.15, 78.54],
      [310.15, 74.15],
    ] as const) {
      const { B } = debyeHuckelConstants(t, er);
      for (const mM of [1, 150, 1000]) {
        expectClose(debyeLength(mM, t, er), 1e-10 / (B * Math.sqrt(mM / 1000)), 1e-13);
      }
    }
  });

  test('debyeLength is proportional to 1/√I over six decades: 1000 times longer at 1 µM than at 1 M', () => {
    expectClose(debyeLength(1e-3, 310.15, 74.15), 1000 * debyeLength(1e3, 310.15, 74.15), 1e-14);
  });

  test('debyeLength rejects a negative or NaN ionic strength, naming ionicStrength', () => {
    for (const mM of [-150, NaN]) {
      expectRangeError(() => debyeLength(mM, 298.15, 78.4), 'debyeLength', 'ionicStrength');
    }
  });

  test('debyeLength rejects a non-positive temperature and relative permittivity, naming each', () => {
    expectRangeError(() => debyeLength(150, -1, 78.4), 'debyeLength', 'temperature');
    expectRangeError(() => debyeLength(150, 298.15, -78.4), 'debyeLength', 'relativePermittivity');
  });

  test('debyeLength throws rather than returning Infinity when ε_r·T overflows', () => {
    expectRangeError(() => debyeLength(150, 1e308, 1e308), 'debyeLength', 'temperature');
  });
});

describe('for every input', () => {
  const strength = fc.double({ min: 1e-3, max: 1e3, noNaN: true }); // mM
  const permittivity = fc.double({ min: 1, max: 100, noNaN: true });

  test('debyeLength halves when the ionic strength quadruples', () => {
    fc.assert(
      fc.property(strength, temperature, permittivity, (i, t, er) => {
        expectClose(debyeLength(4 * i, t, er), debyeLength(i, t, er) / 2, REL, 0);
      }),
    );
  });

  test('debyeLength scales as √(ε_r·T)', () => {
    fc.assert(
      fc.property(
        strength,
        temperature,
        permittivity,
        temperature,
        permittivity,
        (i, t1, e1, t2, e2) => {
          expectClose(
            debyeLength(i, t2, e2) / debyeLength(i, t1, e1),
            Math.sqrt((e2 * t2) / (e1 * t1)),
            REL,
            0,
          );
        },
      ),
    );
  });
});
