import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { ENERGY_PARAMS } from './energy/definition';
import { ION_PARAMS } from './ionParams';
import {
  clampDisplay,
  defaultState,
  numberOf,
  paramFromSI,
  paramToSI,
  withDisplayValues,
  type NumberParam,
  type Param,
} from './params';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const numberParam = (params: readonly Param[], key: string) => {
  const param = params.find((p) => p.key === key);
  if (param?.kind !== 'number') throw new Error(`no number param ${key}`);
  return param;
};

const T = numberParam(ION_PARAMS, 'T');
const Z = numberParam(ION_PARAMS, 'z');
const CIN = numberParam(ION_PARAMS, 'cin');
const V = numberParam(ENERGY_PARAMS, 'V');

describe('defaultState', () => {
  test('holds every parameter at its default, in SI', () => {
    const state = defaultState(ENERGY_PARAMS);
    expect(Object.keys(state).sort()).toEqual(['T', 'V', 'cin', 'cout', 'ion', 'z']);
    expect(state.ion).toBe('K');
    expect(state.z).toBe(1);
    expect(state.cin).toBe(140); // mM is the SI concentration here
    expect(state.cout).toBe(4);
    expect(state.T).toBeCloseTo(310.15, 10); // 37 °C
    expect(state.V).toBeCloseTo(-0.07, 15); // −70 mV
  });
});

describe('paramToSI and paramFromSI', () => {
  test('convert °C to K and back, and leave a pure number alone', () => {
    expect(paramToSI(T, 0)).toBeCloseTo(273.15, 10);
    expect(paramFromSI(T, 273.15)).toBeCloseTo(0, 10);
    expect(paramToSI(Z, -2)).toBe(-2);
    expect(paramFromSI(Z, 3)).toBe(3);
  });

  test('are inverse to each other for every number parameter', () => {
    for (const param of ENERGY_PARAMS.filter((p): p is NumberParam => p.kind === 'number')) {
      fc.assert(
        fc.property(fc.double({ min: param.min, max: param.max, noNaN: true }), (x) => {
          const back = paramFromSI(param, paramToSI(param, x));
          expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)) + 1e-12);
        }),
      );
    }
  });
});

describe('clampDisplay', () => {
  test('clamps into the range and rounds integer parameters', () => {
    expect(clampDisplay(T, 100)).toBe(45);
    expect(clampDisplay(T, -10)).toBe(0);
    expect(clampDisplay(T, 20.5)).toBe(20.5);
    expect(clampDisplay(Z, 2.6)).toBe(3);
    expect(clampDisplay(Z, -7)).toBe(-3);
    expect(clampDisplay(CIN, 0)).toBe(CIN.min);
    expect(clampDisplay(CIN, Infinity)).toBe(CIN.max);
    expect(clampDisplay(CIN, -Infinity)).toBe(CIN.min);
  });
});

describe('withDisplayValues', () => {
  const base = defaultState(ENERGY_PARAMS);

  test('converts reader units to SI: °C to K, mV to V', () => {
    const state = withDisplayValues(ENERGY_PARAMS, base, { T: 20, V: -95, cin: 12 });
    expect(state.T).toBeCloseTo(293.15, 10);
    expect(state.V).toBeCloseTo(-0.095, 15);
    expect(state.cin).toBe(12);
  });

  test('clamps values outside the range to its ends', () => {
    const state = withDisplayValues(ENERGY_PARAMS, base, { T: 100, V: -1000, cin: 0, z: 9 });
    expect(state.T).toBeCloseTo(paramToSI(T, T.max), 10);
    expect(state.V).toBeCloseTo(paramToSI(V, V.min), 15);
    expect(state.cin).toBe(CIN.min);
    expect(state.z).toBe(Z.max);
  });

  test('ignores unknown keys, values of the wrong type, and choices not offered', () => {
    const state = withDisplayValues(ENERGY_PARAMS, base, {
      nope: 5,
      T: '37',
      ion: 5,
      cin: 'lots',
    });
    expect(state).toEqual(base);
    expect(withDisplayValues(ENERGY_PARAMS, base, { ion: 'Xx' })).toEqual(base);
    expect(withDisplayValues(ENERGY_PARAMS, base, { ion: 'Na' }).ion).toBe('Na');
  });

  test('does not change the state it was given', () => {
    const copy = { ...base };
    withDisplayValues(ENERGY_PARAMS, base, { T: 20, ion: 'Cl' });
    expect(base).toEqual(copy);
  });

  test('never leaves a number parameter out of range, even for infinite values', () => {
    const any = fc.double({ noNaN: true });
    fc.assert(
      fc.property(fc.record({ T: any, V: any, cin: any, z: any }), (values) => {
        const state = withDisplayValues(ENERGY_PARAMS, base, values);
        for (const param of ENERGY_PARAMS) {
          if (param.kind !== 'number') continue;
          const shown = paramFromSI(param, numberOf(state, param.key));
          expect(Number.isFinite(shown)).toBe(true);
          expect(shown).toBeGreaterThanOrEqual(param.min - 1e-9);
          expect(shown).toBeLessThanOrEqual(param.max + 1e-9);
        }
      }),
    );
  });
});

describe('withDisplayValues with NaN', () => {
  test('a NaN value is ignored, like any other value that is not a number', () => {
    // A preset or URL value that is NaN cannot be clamped into the range; passing it on
    // would put NaN into the state (and "NaN" on the page).
    const base = defaultState(ENERGY_PARAMS);
    const state = withDisplayValues(ENERGY_PARAMS, base, { T: Number.NaN, cin: Number.NaN });
    expect(state.T).toBe(base.T);
    expect(state.cin).toBe(base.cin);
  });
});

describe('numberOf', () => {
  test('reads a number and refuses anything else', () => {
    expect(numberOf({ z: 2 }, 'z')).toBe(2);
    expect(() => numberOf({ ion: 'K' }, 'ion')).toThrow(/ion/);
    expect(() => numberOf({}, 'z')).toThrow(/z/);
  });
});
