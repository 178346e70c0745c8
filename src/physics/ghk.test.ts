// Unit tests of the GHK current density, its slope kernel and the GHK voltage equation,
// against the textbook quotient, exact identities and the one-way limits at large |V|.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FARADAY } from './constants';
import { addGhkCurrentAndSlope, ghkCurrentDensity, ghkVoltage } from './ghk';
import type { PermeantIon } from './ion';
import { nernstPotential } from './nernst';
import {
  ABS_V,
  concentration,
  expectClose,
  expectRangeError,
  expectWithin,
  monovalentIon,
  monovalentIons,
  nernstOf,
  P_SCALE,
  REL,
  relativePermeability,
  temperature,
  valence,
  voltage,
  T37,
  VT37,
} from './testing';

/** The textbook form P·z²F²V/RT · (c_in − c_out·e⁻ˣ)/(1 − e⁻ˣ), fine for 1e-3 < |x| < 700. */
function textbookCurrent(
  ion: { z: number; inside: number; outside: number; permeability: number },
  v: number,
): number {
  const x = (ion.z * v) / VT37;
  const q = Math.exp(-x);
  return (
    ((ion.permeability * ion.z * ion.z * FARADAY * v) / VT37) *
    ((ion.inside - ion.outside * q) / (1 - q))
  );
}

const K = { z: 1, inside: 140, outside: 4, permeability: 1e-8 };
const Cl = { z: -1, inside: 7, outside: 120, permeability: 1e-8 };

describe('ghkCurrentDensity', () => {
  test('ghkCurrentDensity at V = 0 is P·z·F·(c_in − c_out): a Ca²⁺-free pipette gives −2·F·P·c_out', () => {
    // 1e-8 m/s × 2 × 96485.33212331001 C/mol × (0 − 2) mol/m³ = −3.8594132849324004e-3 A/m²
    const ca = { z: 2, inside: 0, outside: 2, permeability: 1e-8 };
    expectClose(ghkCurrentDensity(ca, 0, T37), -0.0038594132849324005, 1e-15);
  });

  test('ghkCurrentDensity with equal concentrations is ohmic, I = P·z²·F·c·V/(RT/F), at every V', () => {
    // ε(−x) − ε(x) = x exactly, so c·(ε(−x) − ε(x)) = c·x: the I–V line of symmetric solutions.
    for (const z of [1, -1, 2]) {
      const ion = { z, inside: 150, outside: 150, permeability: 1e-8 };
      for (const v of [-0.1, -0.01, 0.001, 0.05, 2]) {
        const ohmic = (ion.permeability * z * z * FARADAY * 150 * v) / VT37;
        expectClose(ghkCurrentDensity(ion, v, T37), ohmic, 1e-12);
      }
    }
  });

  test('ghkCurrentDensity matches the textbook quotient at −80 mV and +40 mV', () => {
    // 60-digit evaluation of the textbook form: K⁺ at −80 mV 9.173938320128249e-3 A/m²,
    // K⁺ at +40 mV 0.258815531841343 A/m², Cl⁻ at +40 mV 0.22035419675215745 A/m².
    expectClose(ghkCurrentDensity(K, -0.08, T37), 0.00917393832012825, 1e-13);
    expectClose(ghkCurrentDensity(K, 0.04, T37), 0.258815531841343, 1e-13);
    expectClose(ghkCurrentDensity(Cl, 0.04, T37), 0.22035419675215745, 1e-13);
    for (const v of [-0.12, -0.03, 0.015, 0.09]) {
      expectClose(ghkCurrentDensity(K, v, T37), textbookCurrent(K, v), 1e-12);
      expectClose(ghkCurrentDensity(Cl, v, T37), textbookCurrent(Cl, v), 1e-12);
    }
  });

  test('ghkCurrentDensity at large |V| reaches the one-way limits P·z²·F·V/(RT/F)·c (c_in outward, c_out inward), finite even where eˣ overflows', () => {
    // When z·V → +∞ only efflux remains (c_in); when z·V → −∞ only influx (c_out). The
    // correction is of order e^−|x|: below 1e-16 at |V| = 1 V (|x| ≥ 37), and |V| = 50 V
    // (|x| ≈ 1871) is far beyond exp's overflow at 709.
    for (const ion of [K, Cl, { z: 2, inside: 1e-4, outside: 2, permeability: 1e-8 }]) {
      for (const v of [-50, -1, 1, 50]) {
        const c = ion.z * v > 0 ? ion.inside : ion.outside;
        const oneWay = (ion.permeability * ion.z * ion.z * FARADAY * v * c) / VT37;
        const current = ghkCurrentDensity(ion, v, T37);
        expect(Number.isFinite(current)).toBe(true);
        expectClose(current, oneWay, 1e-13);
      }
    }
  });

  test('ghkCurrentDensity throws a RangeError instead of returning Infinity when P·c·V overflows', () => {
    const huge = { z: 1, inside: 1e3, outside: 1e3, permeability: 1e300 };
    expectRangeError(() => ghkCurrentDensity(huge, 1, T37), 'ghkCurrentDensity', 'permeability');
  });

  test('ghkCurrentDensity rejects a negative concentration, a NaN voltage and a zero temperature, naming each', () => {
    expectRangeError(
      () => ghkCurrentDensity({ ...K, inside: -1 }, -0.07, T37),
      'ghkCurrentDensity',
      'inside',
    );
    expectRangeError(() => ghkCurrentDensity(K, NaN, T37), 'ghkCurrentDensity', 'voltage');
    expectRangeError(() => ghkCurrentDensity(K, -0.07, 0), 'ghkCurrentDensity', 'temperature');
  });

  test('ghkCurrentDensity rejects a valence beyond ±MAX_VALENCE (101), as its own detailed checks and nernstPotential do', () => {
    // validate.valence allows |z| ≤ MAX_VALENCE = 100, and the fast path is documented to
    // send "anything amiss" to those checks; z = 101 must not slip through it.
    expectRangeError(
      () => ghkCurrentDensity({ ...K, z: 101 }, -0.07, T37),
      'ghkCurrentDensity',
      'z',
    );
  });
});

describe('addGhkCurrentAndSlope', () => {
  test('addGhkCurrentAndSlope adds the current of ghkCurrentDensity and a slope equal to its central finite difference', () => {
    const h = 1e-7; // V; truncation ~h²·I‴/6 and rounding ~1e-16·I/h are both < 1e-8 relative
    for (const ion of [K, Cl, { z: 2, inside: 1e-4, outside: 2, permeability: 1e-8 }]) {
      for (const v of [-0.1, -1e-5, 0, 2e-4, 0.03]) {
        const sum = { current: 1, slope: 2 }; // it adds to what is there
        const x = (ion.z * v) / VT37;
        const own = addGhkCurrentAndSlope(
          sum,
          ion.permeability,
          ion.z,
          ion.inside,
          ion.outside,
          x,
          VT37,
        );
        const current = ghkCurrentDensity(ion, v, T37);
        const slope =
          (ghkCurrentDensity(ion, v + h, T37) - ghkCurrentDensity(ion, v - h, T37)) / (2 * h);
        expectClose(own, current, 1e-14, 1e-20);
        expectClose(sum.current - 1, current, 1e-12, 1e-15);
        expectClose(sum.slope - 2, slope, 1e-6);
      }
    }
  });
});

describe('ghkVoltage', () => {
  test('ghkVoltage treats Cl⁻ like a cation with inside and outside swapped, and ignores a P scale of 1e300', () => {
    const Na = { z: 1, inside: 12, outside: 145, permeability: 5e-10 };
    const ClAsCation = { ...Cl, z: 1, inside: Cl.outside, outside: Cl.inside };
    const v = ghkVoltage([K, Na, Cl], T37);
    expectClose(ghkVoltage([K, Na, ClAsCation], T37), v, 1e-15);
    const scaled = [K, Na, Cl].map((ion) => ({ ...ion, permeability: ion.permeability * 1e300 }));
    expectClose(ghkVoltage(scaled, T37), v, 1e-14);
  });

  test('ghkVoltage rejects Ca²⁺, naming ions[1].z and pointing to reversalPotential', () => {
    const ca = { z: 2, inside: 1e-4, outside: 2, permeability: 1e-9 };
    const message = expectRangeError(() => ghkVoltage([K, ca], T37), 'ghkVoltage', 'ions[1].z');
    expect(message).toContain('reversalPotential');
  });
});

describe('for every input', () => {
  test('ghkVoltage with a single permeant ion equals that ion’s nernstPotential', () => {
    fc.assert(
      fc.property(
        fc.array(monovalentIon, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        temperature,
        (ions, pick, t) => {
          const j = pick % ions.length;
          const set = ions.map((ion, i) => (i === j ? ion : { ...ion, permeability: 0 }));
          const only = ions[j];
          if (only === undefined) throw new Error('unreachable');
          expectClose(ghkVoltage(set, t), nernstPotential(only, t), REL, ABS_V);
        },
      ),
    );
  });

  test('ghkVoltage lies between the smallest and largest Nernst potential of the permeant ions', () => {
    fc.assert(
      fc.property(monovalentIons, temperature, (ions, t) => {
        const e = nernstOf(ions, t);
        expectWithin(ghkVoltage(ions, t), Math.min(...e), Math.max(...e));
      }),
    );
  });

  test('ghkVoltage is unchanged when every permeability is scaled by the same factor', () => {
    const factor = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(monovalentIons, factor, temperature, (ions, k, t) => {
        const scaled = ions.map((ion) => ({ ...ion, permeability: ion.permeability * k }));
        expectClose(ghkVoltage(scaled, t), ghkVoltage(ions, t), REL, ABS_V);
      }),
    );
  });

  /** The one-way GHK current scale P·|z|·F·max(c), A/m²: the size of either flux alone. */
  function oneWayScale(ion: PermeantIon): number {
    return ion.permeability * Math.abs(ion.z) * FARADAY * Math.max(ion.inside, ion.outside);
  }

  const permeantIon = fc.record({
    z: valence,
    inside: concentration,
    outside: concentration,
    permeability: relativePermeability.map((p) => p * P_SCALE),
  });

  test('ghkCurrentDensity is continuous through V = 0 and equals P·z·F·(c_in − c_out) there', () => {
    fc.assert(
      fc.property(permeantIon, temperature, (ion, t) => {
        const atZero = ion.permeability * ion.z * FARADAY * (ion.inside - ion.outside);
        const scale = oneWayScale(ion);
        expectClose(ghkCurrentDensity(ion, 0, t), atZero, 1e-12, 1e-12 * scale);
        // Relative 1e-6 of the one-way current scale, not of I(0): I(0) itself is ~0 when
        // c_in ≈ c_out. The true change over 1e-9 V is ≤ |z|·1e-9/(2·RT/F) ≈ 6e-8 of the
        // scale; the textbook quotient is already off by ~3e-6 at 1e-12 V.
        for (const v of [1e-12, -1e-12, 1e-9, -1e-9]) {
          expectClose(ghkCurrentDensity(ion, v, t), atZero, 0, 1e-6 * scale, `V = ${v}:`);
        }
      }),
    );
  });

  test('ghkCurrentDensity vanishes at the ion’s own Nernst potential', () => {
    fc.assert(
      fc.property(permeantIon, temperature, (ion, t) => {
        const i = ghkCurrentDensity(ion, nernstPotential(ion, t), t);
        expect(Math.abs(i)).toBeLessThanOrEqual(1e-9 * oneWayScale(ion));
      }),
    );
  });

  test('ghkCurrentDensity increases strictly with voltage', () => {
    const step = fc.double({ min: 1e-6, max: 0.4, noNaN: true });
    fc.assert(
      fc.property(permeantIon, voltage, step, temperature, (ion, v, dv, t) => {
        expect(ghkCurrentDensity(ion, v + dv, t)).toBeGreaterThan(ghkCurrentDensity(ion, v, t));
      }),
    );
  });

  test('ghkCurrentDensity is finite at |V| = 1 V and 10 V, outward at +V and inward at −V', () => {
    fc.assert(
      fc.property(permeantIon, temperature, (ion, t) => {
        for (const v of [1, 10]) {
          const out = ghkCurrentDensity(ion, v, t);
          const inward = ghkCurrentDensity(ion, -v, t);
          expect(Number.isFinite(out) && Number.isFinite(inward), `V = ±${v}`).toBe(true);
          expect(out).toBeGreaterThan(0);
          expect(inward).toBeLessThan(0);
        }
      }),
    );
  });

  test('ghkCurrentDensity accepts a zero concentration on one side and gives a finite current of the right sign', () => {
    fc.assert(
      fc.property(permeantIon, voltage, temperature, fc.boolean(), (ion, v, t, emptyInside) => {
        const one = emptyInside ? { ...ion, inside: 0 } : { ...ion, outside: 0 };
        const i = ghkCurrentDensity(one, v, t);
        expect(Number.isFinite(i)).toBe(true);
        // Only influx is left when the inside is empty: a cation influx is an inward
        // (negative) current, an anion influx an outward (positive) one; and vice versa.
        const expectedSign = (emptyInside ? -1 : 1) * Math.sign(ion.z);
        expect(Math.sign(i)).toBe(expectedSign);
      }),
    );
  });
});
