// Unit tests of the Na⁺/K⁺ pump: its current I = n·e·f·N and the Mullins–Noda potential.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ghkVoltage } from './ghk';
import { nernstPotential } from './nernst';
import { mullinsNodaPotential, PUMP_RATIO, pumpCurrent } from './pump';
import {
  ABS_V,
  concentration,
  expectClose,
  expectRangeError,
  REL,
  relativePermeability,
  temperature,
  T37,
} from './testing';

const K = { inside: 140, outside: 4, permeability: 1 };
const Na = { inside: 12, outside: 145, permeability: 0.05 };

describe('pumpCurrent', () => {
  test('pumpCurrent defaults to one net charge per cycle and one pump: 100 cycles/s carry e·100 = 1.602e-17 A', () => {
    // 1.602176634e-19 C × 100 /s = 1.602176634e-17 A
    expectClose(pumpCurrent({ turnoverRate: 100 }), 1.602176634e-17, 1e-15);
  });

  test('pumpCurrent for 10⁶ pumps at 100 Hz is 1.602e-11 A ≈ 16 pA', () => {
    // 1 × 1.602176634e-19 C × 100 /s × 1e6 = 1.602176634e-11 A = 16.02 pA
    const current = pumpCurrent({ turnoverRate: 100, pumps: 1e6 });
    expectClose(current, 1.602176634e-11, 1e-15);
    expect(current * 1e12).toBeCloseTo(16, 0);
  });

  test('pumpCurrent is exactly 0 for a pump at rest or an electroneutral cycle, and proportional to net charges per cycle', () => {
    expect(pumpCurrent({ turnoverRate: 0, pumps: 1e6 })).toBe(0);
    expect(pumpCurrent({ turnoverRate: 100, netChargesPerCycle: 0, pumps: 1e6 })).toBe(0);
    expectClose(
      pumpCurrent({ turnoverRate: 30, netChargesPerCycle: 2, pumps: 5e5 }),
      2 * pumpCurrent({ turnoverRate: 30, pumps: 5e5 }),
      1e-15,
    );
  });

  test('pumpCurrent rejects a negative turnover rate, pump count or charge per cycle, and a missing pump, naming each', () => {
    const fn = 'pumpCurrent';
    expectRangeError(() => pumpCurrent({ turnoverRate: -1 }), fn, 'turnoverRate');
    expectRangeError(() => pumpCurrent({ turnoverRate: 100, pumps: -1 }), fn, 'pumps');
    expectRangeError(
      () => pumpCurrent({ turnoverRate: 100, netChargesPerCycle: NaN }),
      fn,
      'netChargesPerCycle',
    );
    expectRangeError(() => pumpCurrent(undefined as never), fn, 'turnoverRate');
  });
});

describe('mullinsNodaPotential', () => {
  test('mullinsNodaPotential defaults to the 3 : 2 pump ratio, PUMP_RATIO = 1.5', () => {
    expect(PUMP_RATIO).toBe(1.5);
    expect(mullinsNodaPotential({ K, Na }, T37)).toBe(
      mullinsNodaPotential({ K, Na, pumpRatio: 1.5 }, T37),
    );
  });

  test('mullinsNodaPotential equals ghkVoltage with P_K multiplied by the pump ratio', () => {
    for (const r of [0.5, 1.5, 3]) {
      const ghk = ghkVoltage(
        [
          { z: 1, ...K, permeability: r * K.permeability },
          { z: 1, ...Na },
        ],
        T37,
      );
      expectClose(mullinsNodaPotential({ K, Na, pumpRatio: r }, T37), ghk, 1e-14);
    }
  });

  test('mullinsNodaPotential moves monotonically toward E_K as the pump ratio grows', () => {
    const eK = nernstPotential({ z: 1, inside: K.inside, outside: K.outside }, T37);
    let previous = Infinity;
    for (const r of [1, 1.5, 3, 10, 100]) {
      const v = mullinsNodaPotential({ K, Na, pumpRatio: r }, T37);
      expect(v).toBeLessThan(previous);
      expect(v).toBeGreaterThan(eK);
      previous = v;
    }
    // r = 1e12: the Na⁺ term is 0.05·145 / (1e12·4) ≈ 2e-12 of the K⁺ term
    expectClose(mullinsNodaPotential({ K, Na, pumpRatio: 1e12 }, T37), eK, 0, 1e-12);
  });

  test('mullinsNodaPotential rejects a zero pump ratio, a zero K⁺ concentration and zero total permeability, naming each', () => {
    const fn = 'mullinsNodaPotential';
    expectRangeError(() => mullinsNodaPotential({ K, Na, pumpRatio: 0 }, T37), fn, 'pumpRatio');
    expectRangeError(
      () => mullinsNodaPotential({ K: { ...K, outside: 0 }, Na }, T37),
      fn,
      'cell.K.outside',
    );
    expectRangeError(
      () =>
        mullinsNodaPotential({ K: { ...K, permeability: 0 }, Na: { ...Na, permeability: 0 } }, T37),
      fn,
      'permeabilities',
    );
  });
});

describe('for every input', () => {
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
          REL,
          ABS_V,
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
          REL,
          ABS_V,
        );
      }),
    );
  });
});
