// Unit tests of the GHK current density, its slope kernel and the GHK voltage equation,
// against the textbook quotient, exact identities and the one-way limits at large |V|.
import { describe, expect, test } from 'vitest';
import { FARADAY, GAS_CONSTANT } from './constants';
import { addGhkCurrentAndSlope, ghkCurrentDensity, ghkVoltage } from './ghk';

const T37 = 310.15;
/** RT/F at 37 °C: 8.31446261815324 × 310.15 / 96485.33212331001 V */
const VT37 = (GAS_CONSTANT * T37) / FARADAY;

function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  expect(
    Math.abs(actual - expected),
    `got ${actual}, expected ${expected} (tolerance ${tolerance})`,
  ).toBeLessThanOrEqual(tolerance);
}

function expectRangeError(call: () => unknown, fn: string, parameter: string): string {
  let error: unknown;
  let returned: unknown;
  try {
    returned = call();
  } catch (e) {
    error = e;
  }
  expect(error, `returned ${String(returned)} instead of throwing`).toBeInstanceOf(RangeError);
  const { message } = error as RangeError;
  expect(message.startsWith(`${fn}: `), message).toBe(true);
  expect(message).toContain(parameter);
  return message;
}

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
