// Property-based tests of the physics core: the laws that must hold for every input in a
// realistic but wide range, not just for the textbook's numbers.
//
// Tolerances: unless a test says otherwise, results are compared to relative 1e-9 or
// absolute 1e-12 V (whichever is larger). Every formula here is a handful of floating-point
// operations, so the true discrepancy is a few ulps (~1e-16 relative); 1e-9 leaves room
// without letting a wrong formula through.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  activityCoefficient,
  activityNernstPotential,
  chemicalFreeEnergy,
  chordConductancePotential,
  debyeHuckelConstants,
  debyeLength,
  electrochemicalFreeEnergy,
  FARADAY,
  GAS_CONSTANT,
  ghkCurrentDensity,
  ghkVoltage,
  ionicStrength,
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  mullinsNodaPotential,
  nernstPotential,
  pumpCurrent,
  restingCell,
  reversalPotential,
  sphericalCellCharge,
  thermalVoltage,
  type ActivityModel,
  type PermeantIon,
} from './index';

// ---------------------------------------------------------------------------------------
// Arbitraries

/** mM */
const concentration = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
/** K */
const temperature = fc.double({ min: 273, max: 320, noNaN: true });
const valence = fc.constantFrom(-2, -1, 1, 2, 3);
const cationValence = fc.constantFrom(1, 2, 3);
const monovalent = fc.constantFrom(-1, 1);
/** relative permeability (only ratios matter in the voltage equations) */
const relativePermeability = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
/** V */
const voltage = fc.double({ min: -0.2, max: 0.2, noNaN: true });
/** V, without subnormal magnitudes (where k·V loses precision before the physics does) */
const normalVoltage = voltage.filter((v) => v === 0 || Math.abs(v) >= 1e-9);
/** m/s per unit of relative permeability */
const P_SCALE = 1e-8;

const ionGradient = fc.record({ z: valence, inside: concentration, outside: concentration });
const monovalentIon = fc.record({
  z: monovalent,
  inside: concentration,
  outside: concentration,
  permeability: relativePermeability,
});
const anyValenceIon = fc.record({
  z: valence,
  inside: concentration,
  outside: concentration,
  permeability: relativePermeability,
});

// ---------------------------------------------------------------------------------------
// Helpers

const REL = 1e-9;
const ABS_V = 1e-12;

function expectClose(actual: number, expected: number, rel = REL, abs = ABS_V, what = ''): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  const error = Math.abs(actual - expected);
  expect(
    error <= tolerance,
    `${what} got ${actual}, expected ${expected}: |Δ| = ${error} > ${tolerance}`,
  ).toBe(true);
}

function expectWithin(value: number, lo: number, hi: number, slack = ABS_V): void {
  expect(value, `${value} below ${lo}`).toBeGreaterThanOrEqual(lo - slack);
  expect(value, `${value} above ${hi}`).toBeLessThanOrEqual(hi + slack);
}

/** The one-way GHK current scale P·|z|·F·max(c), A/m²: the size of either flux alone. */
function oneWayScale(ion: PermeantIon): number {
  return ion.permeability * Math.abs(ion.z) * FARADAY * Math.max(ion.inside, ion.outside);
}

function nernstOf(ions: readonly PermeantIon[], t: number): number[] {
  return ions.map((ion) => nernstPotential(ion, t));
}

// ---------------------------------------------------------------------------------------

describe('Nernst potential', () => {
  test('nernstPotential negates when inside and outside swap', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        const swapped = { z: ion.z, inside: ion.outside, outside: ion.inside };
        expectClose(nernstPotential(swapped, t), -nernstPotential(ion, t));
      }),
    );
  });

  test('nernstPotential negates when z changes sign', () => {
    fc.assert(
      fc.property(ionGradient, temperature, (ion, t) => {
        expectClose(nernstPotential({ ...ion, z: -ion.z }, t), -nernstPotential(ion, t));
      }),
    );
  });

  test('nernstPotential of a cation rises with the outside and falls with the inside concentration', () => {
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
        );
      }),
    );
  });

  test('thermalVoltage is linear in temperature (RT/F)', () => {
    fc.assert(
      fc.property(temperature, temperature, (t1, t2) => {
        expectClose(thermalVoltage(t1 + t2), thermalVoltage(t1) + thermalVoltage(t2), 1e-12, 0);
        expectClose(thermalVoltage(t1), (t1 * GAS_CONSTANT) / FARADAY, 1e-12, 0);
      }),
    );
  });
});

describe('GHK voltage and reversal potential', () => {
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
          expectClose(ghkVoltage(set, t), nernstPotential(only, t));
        },
      ),
    );
  });

  test('ghkVoltage lies between the smallest and largest Nernst potential of the permeant ions', () => {
    fc.assert(
      fc.property(
        fc.array(monovalentIon, { minLength: 1, maxLength: 5 }),
        temperature,
        (ions, t) => {
          const e = nernstOf(ions, t);
          expectWithin(ghkVoltage(ions, t), Math.min(...e), Math.max(...e));
        },
      ),
    );
  });

  test('ghkVoltage is unchanged when every permeability is scaled by the same factor', () => {
    const factor = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(monovalentIon, { minLength: 1, maxLength: 5 }),
        factor,
        temperature,
        (ions, k, t) => {
          const scaled = ions.map((ion) => ({ ...ion, permeability: ion.permeability * k }));
          expectClose(ghkVoltage(scaled, t), ghkVoltage(ions, t));
        },
      ),
    );
  });

  test('reversalPotential equals ghkVoltage for monovalent ion sets', () => {
    fc.assert(
      fc.property(
        fc.array(monovalentIon, { minLength: 1, maxLength: 5 }),
        temperature,
        (ions, t) => {
          // absolute 1e-12 V: the solver's answer against the closed form
          expectClose(reversalPotential(ions, t), ghkVoltage(ions, t), 0, 1e-12);
        },
      ),
    );
  });

  test('reversalPotential with Ca²⁺ and mixed valences lies between the Nernst potentials and zeroes the summed GHK current', () => {
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

describe('GHK current density', () => {
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

describe('Mullins–Noda and chord conductance', () => {
  const pumpedIon = fc.record({
    inside: concentration,
    outside: concentration,
    permeability: relativePermeability,
  });

  test('mullinsNodaPotential with pumpRatio 1 equals ghkVoltage for K⁺ and Na⁺', () => {
    fc.assert(
      fc.property(pumpedIon, pumpedIon, temperature, (K, Na, t) => {
        expectClose(
          mullinsNodaPotential({ K, Na, pumpRatio: 1 }, t),
          ghkVoltage(
            [
              { z: 1, ...K },
              { z: 1, ...Na },
            ],
            t,
          ),
        );
      }),
    );
  });

  test('mullinsNodaPotential with P_Na = 0 equals the K⁺ Nernst potential', () => {
    const ratio = fc.double({ min: 0.1, max: 10, noNaN: true });
    fc.assert(
      fc.property(pumpedIon, pumpedIon, ratio, temperature, (K, Na, r, t) => {
        expectClose(
          mullinsNodaPotential({ K, Na: { ...Na, permeability: 0 }, pumpRatio: r }, t),
          nernstPotential({ z: 1, inside: K.inside, outside: K.outside }, t),
        );
      }),
    );
  });

  const branch = fc.record({
    conductance: relativePermeability.map((g) => g * 1e-9), // S
    reversal: voltage,
  });
  const branches = fc.array(branch, { minLength: 1, maxLength: 5 });

  test('chordConductancePotential without a pump is the conductance-weighted mean of the reversal potentials', () => {
    fc.assert(
      fc.property(branches, (bs) => {
        const v = chordConductancePotential(bs);
        const e = bs.map((b) => b.reversal);
        expectWithin(v, Math.min(...e), Math.max(...e));
        const g = bs.reduce((s, b) => s + b.conductance, 0);
        const ge = bs.reduce((s, b) => s + b.conductance * b.reversal, 0);
        expectClose(v, ge / g);
        expectClose(chordConductancePotential(bs, 0), v, 0, 0);
      }),
    );
  });

  test('chordConductancePotential shifts by exactly −I_pump/Σg with a pump current', () => {
    const pump = fc.double({ min: -1e-9, max: 1e-9, noNaN: true }); // A
    fc.assert(
      fc.property(branches, pump, (bs, i) => {
        const g = bs.reduce((s, b) => s + b.conductance, 0);
        expectClose(chordConductancePotential(bs, i) - chordConductancePotential(bs), -i / g);
      }),
    );
  });
});

describe('Debye length, membrane capacitor, free energies', () => {
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

describe('activity and ionic strength', () => {
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

// ---------------------------------------------------------------------------------------
// Bad input: never NaN, never ±Infinity, never a sentinel, never another kind of error.
// One property per export, so that one export's failure does not hide another's.

/** true when every number in the value (recursively) is finite */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allFinite);
  return true;
}

/** JSON that shows NaN and ±Infinity instead of null */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}

function expectFiniteOrRangeError(name: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (err) {
    expect(err, `${name} threw ${String(err)}`).toBeInstanceOf(RangeError);
    return;
  }
  const shape = typeof result === 'number' || (typeof result === 'object' && result !== null);
  expect(shape, `${name} returned ${show(result)}`).toBe(true);
  expect(allFinite(result), `${name} returned ${show(result)}`).toBe(true);
}

/** any double at all (NaN, ±Infinity, ±0, subnormals, huge), or a realistic value */
const anyDouble = fc.oneof(fc.double(), fc.double({ min: 1e-3, max: 1e3, noNaN: true }));

const anyInputs = fc.record({
  a: anyDouble,
  b: anyDouble,
  c: anyDouble,
  d: anyDouble,
  e: anyDouble,
  p: anyDouble,
  q: anyDouble,
  t: fc.oneof(fc.double(), temperature),
  v: fc.oneof(fc.double(), voltage),
  z: fc.oneof(fc.constantFrom(-2, -1, 0, 1, 2, 3), fc.double()),
  model: fc.constantFrom<ActivityModel>('limiting', 'extended', 'davies'),
});
type AnyInputs = typeof anyInputs extends fc.Arbitrary<infer T> ? T : never;

const EXPORT_CALLS: Record<string, (x: AnyInputs) => unknown> = {
  thermalVoltage: ({ t }) => thermalVoltage(t),
  nernstPotential: ({ z, a, b, t }) => nernstPotential({ z, inside: a, outside: b }, t),
  activityNernstPotential: ({ z, a, b, c, d, t }) =>
    activityNernstPotential({ z, inside: a, outside: b, gammaInside: c, gammaOutside: d }, t),
  ghkVoltage: ({ z, a, b, c, d, p, q, t }) =>
    ghkVoltage(
      [
        { z, inside: a, outside: b, permeability: p },
        { z: -1, inside: c, outside: d, permeability: q },
      ],
      t,
    ),
  ghkCurrentDensity: ({ z, a, b, p, v, t }) =>
    ghkCurrentDensity({ z, inside: a, outside: b, permeability: p }, v, t),
  reversalPotential: ({ z, a, b, c, d, p, q, t }) =>
    reversalPotential(
      [
        { z, inside: a, outside: b, permeability: p },
        { z: 2, inside: c, outside: d, permeability: q },
      ],
      t,
    ),
  ionicStrength: ({ z, a, b }) =>
    ionicStrength([
      { z, concentration: a },
      { z: -1, concentration: b },
    ]),
  activityCoefficient: ({ z, a, b, c, d, model }) => [
    activityCoefficient(z, a, model),
    activityCoefficient(z, a, model, { A: b, B: c, ionSize: d }),
  ],
  debyeHuckelConstants: ({ t, c }) => debyeHuckelConstants(t, c),
  debyeLength: ({ a, t, c }) => debyeLength(a, t, c),
  membraneCapacitance: ({ c, d }) => membraneCapacitance(c, d),
  membraneField: ({ v, d }) => membraneField(v, d),
  membraneChargeDensity: ({ c, v }) => membraneChargeDensity(c, v),
  sphericalCellCharge: ({ a, c, d, v, z }) =>
    sphericalCellCharge({ radius: d, specificCapacitance: c, voltage: v, z, concentration: a }),
  chemicalFreeEnergy: ({ z, a, b, t }) => chemicalFreeEnergy({ z, inside: a, outside: b }, t),
  electrochemicalFreeEnergy: ({ z, a, b, v, t }) =>
    electrochemicalFreeEnergy({ z, inside: a, outside: b }, v, t),
  chordConductancePotential: ({ a, b, p, q, v }) =>
    chordConductancePotential(
      [
        { conductance: p, reversal: v },
        { conductance: q, reversal: a },
      ],
      b,
    ),
  mullinsNodaPotential: ({ a, b, c, d, e, p, q, t }) =>
    mullinsNodaPotential(
      {
        K: { inside: a, outside: b, permeability: p },
        Na: { inside: c, outside: d, permeability: q },
        pumpRatio: e,
      },
      t,
    ),
  pumpCurrent: ({ a, b, c }) => pumpCurrent({ turnoverRate: a, netChargesPerCycle: b, pumps: c }),
  restingCell: ({ a, b, c, d, e, t }) =>
    restingCell({
      temperature: t,
      inside: { K: a, Na: c },
      outside: { K: b, Na: d, Cl: e },
    }),
};

describe('bad input: no export returns NaN or ±Infinity', () => {
  test.each(Object.keys(EXPORT_CALLS))(
    '%s returns finite numbers or throws a RangeError for any doubles as concentrations, temperature and voltage',
    (name) => {
      const call = EXPORT_CALLS[name];
      if (call === undefined) throw new Error(`no call for ${name}`);
      fc.assert(
        fc.property(anyInputs, (x) => expectFiniteOrRangeError(name, () => call(x))),
        { numRuns: 1000 },
      );
    },
  );
});

// Fixed examples of inputs the properties above have found; they fail deterministically
// where the random search only finds them now and then.
describe('bad input: edge cases found by the properties', () => {
  test('thermalVoltage rejects a temperature at which RT/F overflows (1e308 K)', () => {
    expectFiniteOrRangeError('thermalVoltage', () => thermalVoltage(1e308));
  });

  test('reversalPotential gives no NaN when every P·c underflows (P = c = 1e-200)', () => {
    expectFiniteOrRangeError('reversalPotential', () =>
      reversalPotential(
        [
          { z: 1, inside: 1e-200, outside: 1e-200, permeability: 1e-200 },
          { z: 1, inside: 1e-200, outside: 2e-200, permeability: 1e-200 },
        ],
        310,
      ),
    );
  });

  test('restingCell gives no infinite pump rate when the outside K⁺ is subnormal', () => {
    expectFiniteOrRangeError('restingCell', () => restingCell({ outside: { K: 5e-324 } }));
  });
});
