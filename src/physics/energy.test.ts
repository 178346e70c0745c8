// Unit tests of the free energies of moving one mole of an ion from outside to inside:
// ΔG_chem = RT·ln(c_in/c_out) and ΔG = ΔG_chem + z·F·V_m. Their sign conventions above all.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FARADAY } from './constants';
import { chemicalFreeEnergy, electrochemicalFreeEnergy } from './energy';
import { nernstPotential } from './nernst';
import {
  ABS_V,
  expectClose,
  expectRangeError,
  ionGradient,
  REL,
  temperature,
  T37,
} from './testing';

describe('chemicalFreeEnergy', () => {
  test('chemicalFreeEnergy is +RT·ln 10 = +5.94 kJ/mol to move an ion into a cell holding ten times more, and −5.94 kJ/mol the other way', () => {
    // 8.31446261815324 × 310.15 × 2.302585092994046 = 5937.74659470505 J/mol
    expectClose(
      chemicalFreeEnergy({ z: 1, inside: 100, outside: 10 }, T37),
      5937.74659470505,
      1e-14,
    );
    expectClose(
      chemicalFreeEnergy({ z: 1, inside: 10, outside: 100 }, T37),
      -5937.74659470505,
      1e-14,
    );
  });

  test('chemicalFreeEnergy does not depend on the valence, only on the gradient', () => {
    const gradient = { inside: 1e-4, outside: 2 };
    const reference = chemicalFreeEnergy({ z: 1, ...gradient }, T37);
    for (const z of [-1, 2, -2, 3]) {
      expect(chemicalFreeEnergy({ z, ...gradient }, T37)).toBe(reference);
    }
  });
});

describe('electrochemicalFreeEnergy', () => {
  test('electrochemicalFreeEnergy at V = 0 equals chemicalFreeEnergy and rises by z·F joules per mole per volt', () => {
    for (const ion of [
      { z: 1, inside: 140, outside: 4 },
      { z: -1, inside: 7, outside: 120 },
      { z: 2, inside: 1e-4, outside: 2 },
    ]) {
      const chemical = chemicalFreeEnergy(ion, T37);
      expectClose(electrochemicalFreeEnergy(ion, 0, T37), chemical, 1e-15);
      const rise = electrochemicalFreeEnergy(ion, 0.05, T37) - chemical;
      expectClose(rise, ion.z * FARADAY * 0.05, 1e-12);
    }
  });

  test('electrochemicalFreeEnergy for Ca²⁺ entering at −70 mV (100 nM in, 2 mM out) is −39.05 kJ/mol: both terms downhill', () => {
    // RT·ln(1e-4/2) = 8.31446261815324 × 310.15 × ln(5e-5) = −25538.426210478079 J/mol
    // z·F·V         = 2 × 96485.33212331001 × (−0.07)        = −13507.946497263401 J/mol
    // sum                                                      = −39046.37270774148 J/mol
    const ca = { z: 2, inside: 1e-4, outside: 2 };
    expectClose(electrochemicalFreeEnergy(ca, -0.07, T37), -39046.37270774148, 1e-14);
  });

  test('electrochemicalFreeEnergy for Cl⁻ entering a cell at −70 mV with no gradient is +6.75 kJ/mol: uphill against the field', () => {
    // z·F·V = (−1) × 96485.33212331001 × (−0.07) = +6753.973248631701 J/mol
    const cl = { z: -1, inside: 120, outside: 120 };
    expectClose(electrochemicalFreeEnergy(cl, -0.07, T37), 6753.973248631701, 1e-14);
  });

  test('chemicalFreeEnergy and electrochemicalFreeEnergy reject a zero concentration, z = 0, a non-finite voltage and a negative temperature, naming each', () => {
    const k = { z: 1, inside: 140, outside: 4 };
    expectRangeError(
      () => electrochemicalFreeEnergy({ ...k, inside: 0 }, -0.07, T37),
      'electrochemicalFreeEnergy',
      'inside',
    );
    expectRangeError(() => chemicalFreeEnergy({ ...k, z: 0 }, T37), 'chemicalFreeEnergy', 'z');
    expectRangeError(
      () => electrochemicalFreeEnergy(k, Infinity, T37),
      'electrochemicalFreeEnergy',
      'voltage',
    );
    expectRangeError(() => chemicalFreeEnergy(k, -1), 'chemicalFreeEnergy', 'temperature');
  });
});

describe('for every input', () => {
  test('chemicalFreeEnergy equals −zF times nernstPotential', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        // absolute floor: what 1e-12 V is worth in J/mol for this ion
        expectClose(
          chemicalFreeEnergy(ion, t),
          -ion.z * FARADAY * nernstPotential(ion, t),
          REL,
          Math.abs(ion.z) * FARADAY * ABS_V,
        );
      }),
    );
  });

  test('electrochemicalFreeEnergy is zero at the Nernst potential', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        const g = electrochemicalFreeEnergy(ion, nernstPotential(ion, t), t);
        // two terms of size |ΔG_chem| cancel: allow 1e-9 of it, or 1e-12 V's worth
        const tolerance = Math.max(
          REL * Math.abs(chemicalFreeEnergy(ion, t)),
          Math.abs(ion.z) * FARADAY * ABS_V,
        );
        expect(Math.abs(g)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });
});
