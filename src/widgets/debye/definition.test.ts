import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { defaultState } from '../params';
import { activePreset, inRangeStates, presetProblems, presetState } from '../testing';
import { DEBYE_PARAMS } from './debyeParams';
import { debyeWidget } from './definition';
import { describeDebye, formatLength } from './describe';
import { debyeOf } from './model';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;
const R = 8.31446261815324;
const F = 96485.33212331001;

/** λ_D by hand, in m: I in mM (= mol/m³), T in °C. */
const byHand = (I: number, celsius: number, er: number) =>
  Math.sqrt((EPS0 * er * R * (celsius + 273.15)) / (2 * F * F * I));

describe('the debye widget’s results', () => {
  test('physiological: λ_D = 0.779 nm, and a 10 µm radius is 12 800 Debye lengths', () => {
    const state = defaultState(DEBYE_PARAMS);
    expect(debyeOf(state)).toBeCloseTo(byHand(150, 37, 74.15), 15);
    const text = describeDebye(state);
    expect(text).toContain('λ_D = 0.779 nm at I = 150 mM, 37.0 °C, ε_r = 74.15');
    expect(text).toContain(
      `by x = ${(byHand(150, 37, 74.15) * Math.log(100) * 1e9).toFixed(2)} nm`,
    );
    expect(text).toContain(
      `${String(Number((1e-5 / byHand(150, 37, 74.15)).toPrecision(3))).replace(/(\d{3})$/, '\u202f$1')} Debye lengths`,
    );
  });

  test.each([
    ['dilute', 1, '9.54 nm'],
    ['seawater', 700, '0.36 nm'],
    ['pure-water', 0.0001, '954 nm'],
  ])('the %s preset (I = %s mM) gives λ_D = %s', (id, strength, shown) => {
    const state = presetState(debyeWidget, id);
    expect(state.I).toBe(strength);
    expect(debyeOf(state)).toBeCloseTo(byHand(strength, 37, 74.15), 15);
    expect(formatLength(debyeOf(state))).toBe(shown);
  });

  test('lengths of a micrometre and more are shown in µm', () => {
    expect(formatLength(1.2e-6)).toBe('1.2 µm');
    expect(formatLength(7.786e-10)).toBe('0.779 nm');
  });
});

describe('the debye widget’s presets', () => {
  test('every preset is within the ranges of its parameters', () => {
    expect(presetProblems(debyeWidget)).toEqual([]);
  });

  test('the presets the chapter names exist', () => {
    const ids = debyeWidget.presets.map((p) => p.id);
    for (const id of ['physiological', 'dilute', 'seawater', 'pure-water']) {
      expect(ids).toContain(id);
    }
  });

  test('each preset, chosen after any other, is the one marked as chosen', () => {
    for (const before of debyeWidget.presets) {
      for (const after of debyeWidget.presets) {
        const state = presetState(debyeWidget, after.id, presetState(debyeWidget, before.id));
        expect(activePreset(debyeWidget, state), `${before.id} → ${after.id}`).toBe(after.id);
      }
    }
  });
});

describe('the debye widget never shows NaN, Infinity or undefined', () => {
  test('for any in-range state, the description is finite and uses U+2212', () => {
    fc.assert(
      fc.property(inRangeStates(DEBYE_PARAMS), (state) => {
        const text = debyeWidget.describe(state);
        expect(text).not.toMatch(/NaN|Infinity|undefined|∞|—/);
        expect(text).not.toMatch(/-\s?\d/);
        expect(Number.isFinite(debyeOf(state))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
