// Bad input: no export of the physics core returns NaN, ±Infinity or a sentinel, or throws
// another kind of error than a RangeError, for any input at all. One property per export,
// so that one export's failure does not hide another's.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as physics from './index';
import type { ActivityModel } from './index';
import { temperature, voltage } from './testing';

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
  thermalVoltage: ({ t }) => physics.thermalVoltage(t),
  nernstPotential: ({ z, a, b, t }) => physics.nernstPotential({ z, inside: a, outside: b }, t),
  activityNernstPotential: ({ z, a, b, c, d, t }) =>
    physics.activityNernstPotential(
      { z, inside: a, outside: b, gammaInside: c, gammaOutside: d },
      t,
    ),
  ghkVoltage: ({ z, a, b, c, d, p, q, t }) =>
    physics.ghkVoltage(
      [
        { z, inside: a, outside: b, permeability: p },
        { z: -1, inside: c, outside: d, permeability: q },
      ],
      t,
    ),
  ghkCurrentDensity: ({ z, a, b, p, v, t }) =>
    physics.ghkCurrentDensity({ z, inside: a, outside: b, permeability: p }, v, t),
  reversalPotential: ({ z, a, b, c, d, p, q, t }) =>
    physics.reversalPotential(
      [
        { z, inside: a, outside: b, permeability: p },
        { z: 2, inside: c, outside: d, permeability: q },
      ],
      t,
    ),
  ionicStrength: ({ z, a, b }) =>
    physics.ionicStrength([
      { z, concentration: a },
      { z: -1, concentration: b },
    ]),
  activityCoefficient: ({ z, a, b, c, d, model }) => [
    physics.activityCoefficient(z, a, model),
    physics.activityCoefficient(z, a, model, { A: b, B: c, ionSize: d }),
  ],
  debyeHuckelConstants: ({ t, c }) => physics.debyeHuckelConstants(t, c),
  debyeLength: ({ a, t, c }) => physics.debyeLength(a, t, c),
  membraneCapacitance: ({ c, d }) => physics.membraneCapacitance(c, d),
  membraneField: ({ v, d }) => physics.membraneField(v, d),
  membraneChargeDensity: ({ c, v }) => physics.membraneChargeDensity(c, v),
  sphericalCellCharge: ({ a, c, d, v, z }) =>
    physics.sphericalCellCharge({
      radius: d,
      specificCapacitance: c,
      voltage: v,
      z,
      concentration: a,
    }),
  chemicalFreeEnergy: ({ z, a, b, t }) =>
    physics.chemicalFreeEnergy({ z, inside: a, outside: b }, t),
  electrochemicalFreeEnergy: ({ z, a, b, v, t }) =>
    physics.electrochemicalFreeEnergy({ z, inside: a, outside: b }, v, t),
  chordConductancePotential: ({ a, b, p, q, v }) =>
    physics.chordConductancePotential(
      [
        { conductance: p, reversal: v },
        { conductance: q, reversal: a },
      ],
      b,
    ),
  mullinsNodaPotential: ({ a, b, c, d, e, p, q, t }) =>
    physics.mullinsNodaPotential(
      {
        K: { inside: a, outside: b, permeability: p },
        Na: { inside: c, outside: d, permeability: q },
        pumpRatio: e,
      },
      t,
    ),
  pumpCurrent: ({ a, b, c }) =>
    physics.pumpCurrent({ turnoverRate: a, netChargesPerCycle: b, pumps: c }),
  restingCell: ({ a, b, c, d, e, t }) =>
    physics.restingCell({
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
    expectFiniteOrRangeError('thermalVoltage', () => physics.thermalVoltage(1e308));
  });

  test('reversalPotential gives no NaN when every P·c underflows (P = c = 1e-200)', () => {
    expectFiniteOrRangeError('reversalPotential', () =>
      physics.reversalPotential(
        [
          { z: 1, inside: 1e-200, outside: 1e-200, permeability: 1e-200 },
          { z: 1, inside: 1e-200, outside: 2e-200, permeability: 1e-200 },
        ],
        310,
      ),
    );
  });

  test('restingCell gives no infinite pump rate when the outside K⁺ is subnormal', () => {
    expectFiniteOrRangeError('restingCell', () => physics.restingCell({ outside: { K: 5e-324 } }));
  });
});
