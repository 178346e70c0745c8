import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { defaultState } from '../params';
import { decodeState } from '../urlState';
import { ACTIVITY_PARAMS } from './activityParams';
import { activityWidget } from './definition';
import { describeActivity } from './describe';
import { activityResults } from './model';
import { activePreset, inRangeStates, presetProblems, presetState } from '../testing';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// Written out here, so the expected values do not come from the code under test.
const R = 8.31446261815324;
const F = 96485.33212331001;
const A = 0.509;
const B = 0.328;
const MINUS = '\u2212';

const normalise = (state: Record<string, number | string>) =>
  activityWidget.normalise!(state, new Set(Object.keys(state)));

describe('the activity widget’s results', () => {
  test('the default (neuron K⁺) state: γ 0.635, 0.749, 0.760 at 150 mM; E −89.1 against −95.0 mV', () => {
    const state = defaultState(ACTIVITY_PARAMS);
    const { gammas, eActivity, eConcentration, shift } = activityResults(state);
    const root = Math.sqrt(0.15);
    expect(gammas.map((g) => g.model)).toEqual(['limiting', 'extended', 'davies']);
    expect(gammas[0]!.gamma).toBeCloseTo(10 ** (-A * root), 12);
    expect(gammas[1]!.gamma).toBeCloseTo(10 ** ((-A * root) / (1 + B * 4.5 * root)), 12);
    expect(gammas[2]!.gamma).toBeCloseTo(10 ** (-A * (root / (1 + root) - 0.3 * 0.15)), 12);
    const vt = (R * 310.15) / F;
    expect(eActivity).toBeCloseTo(vt * Math.log((0.75 * 4) / (0.6 * 140)), 12);
    expect(eConcentration).toBeCloseTo(vt * Math.log(4 / 140), 12);
    expect(shift).toBeCloseTo(vt * Math.log(0.75 / 0.6), 12);
  });

  test('the description gives every law’s γ, both potentials and the shift, with U+2212 minus', () => {
    const text = describeActivity(defaultState(ACTIVITY_PARAMS));
    expect(text).toContain('I = 150 mM');
    expect(text).toContain('√I = 0.387');
    expect(text).toContain('0.635 by the limiting law (beyond its range)');
    expect(text).toContain('0.749 by the extended law with a = 4.5 Å (beyond its range)');
    expect(text).toContain('0.76 by the Davies equation');
    expect(text).not.toContain('0.76 by the Davies equation (beyond');
    expect(text).toContain(`E = ${MINUS}89.1 mV from activities`);
    expect(text).toContain(`${MINUS}95.0 mV from concentrations`);
    expect(text).toContain('ΔE = +6.0 mV');
    expect(text).not.toMatch(/-\s?\d/);
  });

  test('equal activity coefficients give no shift', () => {
    const state = presetState(activityWidget, 'equal-gamma');
    expect(activityResults(state).shift).toBe(0);
    expect(describeActivity(state)).toContain('ΔE = 0.0 mV');
  });

  test('the calcium preset: z = 2, γ 0.3 in, 0.35 out at 37 °C shift E by +2.06 mV', () => {
    const state = presetState(activityWidget, 'calcium');
    expect(state.z).toBe(2);
    expect(activityResults(state).shift).toBeCloseTo(
      ((R * 310.15) / (2 * F)) * Math.log(0.35 / 0.3),
      12,
    );
  });

  test('in the dilute preset (1 mM) every law is trusted and they agree on γ ≈ 0.965', () => {
    const text = describeActivity(presetState(activityWidget, 'dilute'));
    expect(text).not.toContain('beyond');
    for (const g of activityResults(presetState(activityWidget, 'dilute')).gammas) {
      expect(g.gamma).toBeCloseTo(0.964, 2);
    }
  });

  test('a larger ion size raises only the extended law’s γ', () => {
    const state = defaultState(ACTIVITY_PARAMS);
    const small = activityResults({ ...state, a: 3e-10 }).gammas;
    const large = activityResults({ ...state, a: 9e-10 }).gammas;
    expect(large[1]!.gamma).toBeGreaterThan(small[1]!.gamma);
    expect(large[0]!.gamma).toBe(small[0]!.gamma);
    expect(large[2]!.gamma).toBe(small[2]!.gamma);
  });
});

describe('the activity widget’s presets and URL', () => {
  test('every preset is within the ranges of its parameters', () => {
    expect(presetProblems(activityWidget)).toEqual([]);
  });

  test('the presets the chapter names exist', () => {
    const ids = activityWidget.presets.map((p) => p.id);
    for (const id of ['neuron-k', 'equal-gamma', 'calcium', 'dilute']) expect(ids).toContain(id);
  });

  test('each preset, chosen after any other, is the one marked as chosen', () => {
    for (const before of activityWidget.presets) {
      for (const after of activityWidget.presets) {
        const state = presetState(activityWidget, after.id, presetState(activityWidget, before.id));
        expect(activePreset(activityWidget, state), `${before.id} → ${after.id}`).toBe(after.id);
      }
    }
  });

  test('the chapter’s present link reproduces the neuron-k state', () => {
    const { state, notices } = decodeState(
      ACTIVITY_PARAMS,
      new URLSearchParams('z=1&cin=140&cout=4&gin=0.6&gout=0.75&T=37'),
    );
    expect(notices).toEqual([]);
    expect(state).toEqual(presetState(activityWidget, 'neuron-k'));
    expect(activePreset(activityWidget, state)).toBe('neuron-k');
  });

  test('z = 0 (from a URL or a typed value) becomes +1', () => {
    expect(normalise({ ...defaultState(ACTIVITY_PARAMS), z: 0 }).z).toBe(1);
    expect(normalise({ ...defaultState(ACTIVITY_PARAMS), z: -2 }).z).toBe(-2);
  });
});

describe('the activity widget never shows NaN, Infinity or undefined', () => {
  test('for any in-range state, the description is finite and uses U+2212', () => {
    fc.assert(
      fc.property(inRangeStates(ACTIVITY_PARAMS), (raw) => {
        const state = normalise(raw);
        const text = activityWidget.describe(state);
        expect(text).not.toMatch(/NaN|Infinity|undefined|∞|—/);
        expect(text).not.toMatch(/-\s?\d/);
        const { gammas, eActivity, eConcentration, shift } = activityResults(state);
        for (const v of [...gammas.map((g) => g.gamma), eActivity, eConcentration, shift]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        for (const g of gammas) expect(g.gamma).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
