// Unit tests of reversalPotential, the zero of the summed GHK current for ions of any valence,
// against Nernst potentials and the closed-form root for one divalent and one monovalent ion.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FARADAY } from './constants';
import { ghkCurrentDensity, ghkVoltage } from './ghk';
import type { PermeantIon } from './ion';
import { reversalPotential } from './reversal';
import {
  concentration,
  expectClose,
  expectRangeError,
  expectWithin,
  monovalentIons,
  nernstOf,
  P_SCALE,
  relativePermeability,
  temperature,
  valence,
  T37,
  VT37,
} from './testing';
import { thermalVoltage } from './thermal';

/**
 * The exact reversal potential of a divalent cation (Ca²⁺) with one monovalent ion. With
 * u = e^(−FV/RT), the GHK currents are ∝ 4·P_Ca·(Ca_i − Ca_o·u²)/(1 − u²) and, for a cation,
 * P·(c_i − c_o·u)/(1 − u) (an anion swaps c_i and c_o). Multiplying their sum by (1 − u²):
 *
 *   a·u² − b·u − c = 0,  a = P·c_toward + 4·P_Ca·Ca_o,  b = P·(c_away − c_toward),
 *                         c = P·c_away + 4·P_Ca·Ca_i
 *
 * whose positive root gives V = −(RT/F)·ln u. Solved without cancellation for either sign of b.
 */
function caWithMonovalentRoot(ca: PermeantIon, ion: PermeantIon, vt: number): number {
  const toward = ion.z > 0 ? ion.outside : ion.inside;
  const away = ion.z > 0 ? ion.inside : ion.outside;
  const a = ion.permeability * toward + 4 * ca.permeability * ca.outside;
  const b = ion.permeability * (away - toward);
  const c = ion.permeability * away + 4 * ca.permeability * ca.inside;
  const root = Math.sqrt(b * b + 4 * a * c);
  const u = b >= 0 ? (b + root) / (2 * a) : (2 * c) / (root - b);
  return -vt * Math.log(u);
}

const CA = { z: 2, inside: 1e-4, outside: 2, permeability: 1 };
const K = { z: 1, inside: 140, outside: 4, permeability: 1 };
const CL = { z: -1, inside: 7, outside: 120, permeability: 1 };

describe('reversalPotential', () => {
  test('reversalPotential of Ca²⁺ alone is its Nernst potential, (RT/2F)·ln(2 mM / 100 nM) = +132.34 mV at 37 °C', () => {
    // ln 20000 = ln 2 + 4·ln 10 = 9.903487552536127; × 0.02672665911254327 / 2
    //          = 0.13234356792097428 V
    expectClose(reversalPotential([CA], T37), 0.1323435679209743, 1e-14);
  });

  test('reversalPotential ignores an ion with zero permeability: Ca²⁺ beside impermeant K⁺ still gives E_Ca', () => {
    const impermeantK = { ...K, permeability: 0 };
    expectClose(reversalPotential([impermeantK, CA], T37), 0.1323435679209743, 1e-14);
  });

  test('reversalPotential of K⁺ with Ca²⁺ matches the closed-form root of the quadratic in e^(−FV/RT) for P_Ca/P_K from 1e-4 to 1e4', () => {
    for (const ratio of [1e-4, 0.01, 1, 100, 1e4]) {
      const ca = { ...CA, permeability: ratio * 1e-8 };
      const k = { ...K, permeability: 1e-8 };
      expectClose(reversalPotential([k, ca], T37), caWithMonovalentRoot(ca, k, VT37), 0, 1e-12);
    }
  });

  test('reversalPotential of Cl⁻ with Ca²⁺ matches the same closed form with Cl⁻’s sides swapped', () => {
    for (const ratio of [0.01, 1, 100]) {
      const ca = { ...CA, permeability: ratio };
      expectClose(reversalPotential([CL, ca], T37), caWithMonovalentRoot(ca, CL, VT37), 0, 1e-12);
    }
  });

  test('reversalPotential converges when the Nernst bracket spans 1.1 V (concentrations 1e-6 and 1e6 mM)', () => {
    // E_K = RT/F·ln(1e-12) = −738.5 mV, E_Ca = RT/2F·ln(1e12) = +369.2 mV
    const k = { z: 1, inside: 1e6, outside: 1e-6, permeability: 1 };
    const ca = { z: 2, inside: 1e-6, outside: 1e6, permeability: 1 };
    for (const pCa of [1e-12, 1e-6, 1, 1e6]) {
      const caP = { ...ca, permeability: pCa };
      expectClose(reversalPotential([k, caP], T37), caWithMonovalentRoot(caP, k, VT37), 0, 1e-12);
    }
  });

  test('reversalPotential is unchanged when every concentration is scaled by 1e-290 or 1e290', () => {
    const reference = reversalPotential([K, CA, CL], T37);
    for (const factor of [1e-290, 1e290]) {
      const scaled = [K, CA, CL].map((ion) => ({
        ...ion,
        inside: ion.inside * factor,
        outside: ion.outside * factor,
      }));
      expectClose(reversalPotential(scaled, T37), reference, 0, 1e-13);
    }
  });

  test('reversalPotential returns the common Nernst potential when K⁺ and a divalent ion share it', () => {
    // Mg²⁺ with c_in = 140², c_out = 4² has (RT/2F)·ln(16/19600) = (RT/F)·ln(4/140) = E_K.
    const mg = { z: 2, inside: 140 * 140, outside: 16, permeability: 3 };
    expectClose(reversalPotential([K, mg], T37), VT37 * Math.log(4 / 140), 0, 1e-14);
  });

  test('reversalPotential rejects a list whose permeabilities are all 0, naming the sum of permeabilities', () => {
    const none = [K, CA].map((ion) => ({ ...ion, permeability: 0 }));
    expectRangeError(() => reversalPotential(none, T37), 'reversalPotential', 'permeabilities');
  });

  test('reversalPotential rejects a permeant ion with no inside concentration and a NaN temperature, naming each', () => {
    expectRangeError(
      () => reversalPotential([K, { ...CA, inside: 0 }], T37),
      'reversalPotential',
      'ions[1].inside',
    );
    expectRangeError(() => reversalPotential([K, CA], NaN), 'reversalPotential', 'temperature');
  });
});

describe('for every input', () => {
  test('reversalPotential equals ghkVoltage for monovalent ion sets', () => {
    fc.assert(
      fc.property(monovalentIons, temperature, (ions, t) => {
        // absolute 1e-12 V: the solver's answer against the closed form
        expectClose(reversalPotential(ions, t), ghkVoltage(ions, t), 0, 1e-12);
      }),
    );
  });

  test('reversalPotential with Ca²⁺ and mixed valences lies between the Nernst potentials and zeroes the summed GHK current', () => {
    const anyValenceIon = fc.record({
      z: valence,
      inside: concentration,
      outside: concentration,
      permeability: relativePermeability,
    });
    const calcium = fc.record({
      z: fc.constant(2),
      inside: concentration,
      outside: concentration,
      permeability: relativePermeability,
    });
    fc.assert(
      fc.property(
        fc.array(anyValenceIon, { minLength: 0, maxLength: 4 }),
        calcium,
        temperature,
        (others, ca, t) => {
          // P in m/s for the currents; the root does not depend on the scale.
          const ions = [...others, ca].map((ion) => ({
            ...ion,
            permeability: ion.permeability * P_SCALE,
          }));
          const e = nernstOf(ions, t);
          const v = reversalPotential(ions, t);
          expectWithin(v, Math.min(...e), Math.max(...e));

          const currents = ions.map((ion) => ghkCurrentDensity(ion, v, t));
          const sum = currents.reduce((s, i) => s + i, 0);
          const magnitude = currents.reduce((s, i) => s + Math.abs(i), 0);
          // The residual must be tiny against the individual currents (1e-9), or, when all
          // E_i nearly coincide and every current is itself ~0, no larger than a voltage
          // error of 1e-13 V would make: slope ≤ P·z²·F·(c_in + c_out)/(RT/F).
          const vt = thermalVoltage(t);
          const slopeBound = ions.reduce(
            (s, ion) =>
              s + (ion.permeability * ion.z ** 2 * FARADAY * (ion.inside + ion.outside)) / vt,
            0,
          );
          const tolerance = Math.max(1e-9 * magnitude, 1e-13 * slopeBound);
          expect(
            Math.abs(sum) <= tolerance,
            `ΣI = ${sum} at V = ${v}; Σ|I| = ${magnitude}, tolerance ${tolerance}`,
          ).toBe(true);
        },
      ),
    );
  });
});
