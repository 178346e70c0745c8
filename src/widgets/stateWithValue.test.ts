import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ION_PARAMS, normaliseIon } from './ionParams';
import { defaultState, paramToSI, type NumberParam } from './params';
import { stateWithValue } from './stateWithValue';

const ONE_ION = { params: ION_PARAMS, normalise: normaliseIon };
const CIN = ION_PARAMS.find((p) => p.key === 'cin') as NumberParam;
const start = () => defaultState(ION_PARAMS);

describe('stateWithValue', () => {
  test('sets the value in a new state and leaves the old one as it was', () => {
    const state = start();
    const next = stateWithValue(ONE_ION, state, 'cin', 10);
    expect(next).not.toBe(state);
    expect(next.cin).toBe(10);
    expect(next.cout).toBe(state.cout);
    expect(state.cin).toBe(140);
  });

  test('returns the very same state when the value is the one it holds', () => {
    const state = start();
    expect(stateWithValue(ONE_ION, state, 'cin', 140)).toBe(state);
    expect(stateWithValue(ONE_ION, state, 'ion', 'K')).toBe(state);
  });

  test('a slider step reported twice changes the state once', () => {
    // As a range input does: the same value on `input`, then again on `change`.
    fc.assert(
      fc.property(fc.double({ min: CIN.min, max: CIN.max, noNaN: true }), (display) => {
        const once = stateWithValue(ONE_ION, start(), 'cin', paramToSI(CIN, display));
        expect(stateWithValue(ONE_ION, once, 'cin', paramToSI(CIN, display))).toBe(once);
      }),
    );
  });

  test('clamps a number to its parameter’s range', () => {
    expect(stateWithValue(ONE_ION, start(), 'cin', 1e9).cin).toBe(paramToSI(CIN, CIN.max));
    expect(stateWithValue(ONE_ION, start(), 'cin', -5).cin).toBe(paramToSI(CIN, CIN.min));
    expect(stateWithValue(ONE_ION, start(), 'z', 2.4).z).toBe(2);
  });

  test('ignores an unknown key and a value that is not finite', () => {
    const state = start();
    expect(stateWithValue(ONE_ION, state, 'nope', 3)).toBe(state);
    expect(stateWithValue(ONE_ION, state, 'cin', Number.NaN)).toBe(state);
    expect(stateWithValue(ONE_ION, state, 'cin', Number.POSITIVE_INFINITY)).toBe(state);
  });

  test('normalises a change: choosing an ion sets its valence and its own concentrations', () => {
    const next = stateWithValue(ONE_ION, start(), 'ion', 'Ca');
    expect(next.ion).toBe('Ca');
    expect(next.z).toBe(2);
    // The reference neuron's Ca²⁺: 100 nM inside, 2 mM outside.
    expect(next.cin).toBeCloseTo(0.0001, 12);
    expect(next.cout).toBeCloseTo(2, 12);
  });

  test('choosing a custom valence keeps the concentrations the reader set', () => {
    const typed = stateWithValue(ONE_ION, start(), 'cin', 40);
    const next = stateWithValue(ONE_ION, typed, 'ion', 'custom');
    expect([next.cin, next.cout, next.z]).toEqual([40, 4, 1]);
  });
});
