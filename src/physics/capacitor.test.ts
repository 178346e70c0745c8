// Unit tests of the membrane as a capacitor: parallel-plate capacitance, field, charge
// density (Gauss's law ties the three together) and the charge of a spherical cell.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  sphericalCellCharge,
} from './capacitor';
import { ELEMENTARY_CHARGE, FARADAY, VACUUM_PERMITTIVITY } from './constants';
import { REL, expectClose, expectRangeError, concentration, valence, voltage } from './testing';

/** 1 µF/cm² in F/m² */
const ONE_UF_PER_CM2 = 0.01;

describe('membraneCapacitance, membraneField and membraneChargeDensity', () => {
  test('membraneCapacitance of a 5 nm core with ε_r = 2 is 0.354 µF/cm², and halving the thickness doubles it', () => {
    // 8.8541878128e-12 F/m × 2 / 5e-9 m = 3.54167512512e-3 F/m² = 0.354167512512 µF/cm²
    expectClose(membraneCapacitance(2, 5e-9), 3.54167512512e-3, 1e-14);
    expectClose(membraneCapacitance(2, 2.5e-9), 2 * 3.54167512512e-3, 1e-14);
  });

  test('membraneField is V/d with the sign of V: −70 mV over 5 nm is −1.4e7 V/m, +70 mV is +1.4e7 V/m', () => {
    expectClose(membraneField(-0.07, 5e-9), -1.4e7, 1e-15);
    expectClose(membraneField(0.07, 5e-9), 1.4e7, 1e-15);
    expect(membraneField(0, 5e-9)).toBe(0);
  });

  test('membraneChargeDensity of 1 µF/cm² at −70 mV is −7e-4 C/m², about 4369 elementary charges per µm²', () => {
    const sigma = membraneChargeDensity(ONE_UF_PER_CM2, -0.07);
    expectClose(sigma, -7e-4, 1e-15);
    // 7e-4 C/m² / 1.602176634e-19 C = 4.369056352122534e15 /m² = 4369.06 per µm²
    expectClose((-sigma / ELEMENTARY_CHARGE) * 1e-12, 4369.056352122534, 1e-12);
  });

  test('membraneChargeDensity of the parallel-plate capacitance equals ε0·ε_r times membraneField (Gauss’s law)', () => {
    for (const [er, d, v] of [
      [2, 5e-9, -0.07],
      [5, 4.4e-9, 0.03],
      [2.1, 3e-9, -0.09],
    ] as const) {
      expectClose(
        membraneChargeDensity(membraneCapacitance(er, d), v),
        VACUUM_PERMITTIVITY * er * membraneField(v, d),
        1e-14,
      );
    }
  });

  test('membraneCapacitance and membraneField reject a non-positive permittivity or thickness and throw on overflow, naming each', () => {
    expectRangeError(
      () => membraneCapacitance(-2, 5e-9),
      'membraneCapacitance',
      'relativePermittivity',
    );
    expectRangeError(() => membraneCapacitance(2, NaN), 'membraneCapacitance', 'thickness');
    expectRangeError(() => membraneCapacitance(1e308, 1e-300), 'membraneCapacitance', 'thickness');
    expectRangeError(() => membraneField(-0.07, 0), 'membraneField', 'thickness');
    expectRangeError(
      () => membraneChargeDensity(0, -0.07),
      'membraneChargeDensity',
      'specificCapacitance',
    );
  });
});

describe('sphericalCellCharge', () => {
  const cell = {
    radius: 10e-6,
    specificCapacitance: ONE_UF_PER_CM2,
    voltage: -0.07,
    z: 1,
    concentration: 140,
  };

  test('sphericalCellCharge gives fraction = 3·C·|V| / (|z|·F·c·r), so a cell of half the radius moves twice the fraction', () => {
    // ions moved / ions held = (C·4πr²·|V|/(|z|·e)) / (c·(4/3)πr³·N_A) = 3·C·|V| / (|z|·F·c·r)
    for (const r of [10e-6, 5e-6, 0.5e-6]) {
      const { fraction, area, volume, capacitance } = sphericalCellCharge({ ...cell, radius: r });
      expectClose(fraction, (3 * ONE_UF_PER_CM2 * 0.07) / (FARADAY * 140 * r), 1e-14);
      expectClose(area / volume, 3 / r, 1e-14);
      expectClose(capacitance, ONE_UF_PER_CM2 * 4 * Math.PI * r * r, 1e-14);
    }
  });

  test('sphericalCellCharge moves half as many Ca²⁺ as K⁺ for the same charge, and as many Cl⁻ as K⁺', () => {
    const k = sphericalCellCharge(cell);
    const ca = sphericalCellCharge({ ...cell, z: 2 });
    const cl = sphericalCellCharge({ ...cell, z: -1 });
    expect(ca.charge).toBe(k.charge);
    expectClose(ca.ionsMoved, k.ionsMoved / 2, 1e-15);
    expect(cl.ionsMoved).toBe(k.ionsMoved);
  });

  test('sphericalCellCharge rejects a missing cell, a zero valence and a zero concentration, naming each', () => {
    const fn = 'sphericalCellCharge';
    expectRangeError(() => sphericalCellCharge(null as never), fn, 'cell.radius');
    expectRangeError(() => sphericalCellCharge({ ...cell, z: 0 }), fn, 'cell.z');
    expectRangeError(() => sphericalCellCharge({ ...cell, concentration: 0 }), fn, 'concentration');
  });
});

describe('for every input', () => {
  /** V, without subnormal magnitudes (where k·V loses precision before the physics does) */
  const normalVoltage = voltage.filter((v) => v === 0 || Math.abs(v) >= 1e-9);
  const specificCapacitance = fc.double({ min: 1e-3, max: 0.1, noNaN: true }); // F/m²
  /** a scale factor, without subnormal magnitudes */
  const factor = fc
    .double({ min: -10, max: 10, noNaN: true })
    .filter((k) => k === 0 || Math.abs(k) >= 1e-6);

  test('membraneChargeDensity is linear in voltage', () => {
    fc.assert(
      fc.property(specificCapacitance, normalVoltage, normalVoltage, factor, (c, v1, v2, k) => {
        const s1 = membraneChargeDensity(c, v1);
        const s2 = membraneChargeDensity(c, v2);
        expectClose(
          membraneChargeDensity(c, v1 + v2),
          s1 + s2,
          0,
          REL * (Math.abs(s1) + Math.abs(s2)),
        );
        expectClose(membraneChargeDensity(c, k * v1), k * s1, REL, 0);
        expect(membraneChargeDensity(c, -v1)).toBe(-s1);
      }),
    );
  });

  test('sphericalCellCharge charge is linear in V and ionsMoved is proportional to |V|', () => {
    const cell = fc.record({
      radius: fc.double({ min: 1e-7, max: 1e-3, noNaN: true }),
      specificCapacitance,
      voltage: normalVoltage,
      z: valence,
      concentration,
    });
    fc.assert(
      fc.property(cell, factor, (c, k) => {
        const base = sphericalCellCharge(c);
        const scaled = sphericalCellCharge({ ...c, voltage: k * c.voltage });
        const flipped = sphericalCellCharge({ ...c, voltage: -c.voltage });
        expectClose(scaled.charge, k * base.charge, REL, 0);
        expectClose(scaled.ionsMoved, Math.abs(k) * base.ionsMoved, REL, 0);
        expect(flipped.charge).toBe(-base.charge);
        expect(flipped.ionsMoved).toBe(base.ionsMoved);
      }),
    );
  });
});
