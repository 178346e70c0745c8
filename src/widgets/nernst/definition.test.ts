import fc from 'fast-check';
import { inRangeStates } from '../testing';
import { describe, expect, test, vi } from 'vitest';
import { defaultState, withDisplayValues, type WidgetState } from '../params';
import { stateWithValue } from '../stateWithValue';
import { nernstWidget, NERNST_PARAMS } from './definition';
import { describeNernst } from './describe';
import { decadeSlopeOf } from './model';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

const normalise = (state: WidgetState) =>
  nernstWidget.normalise!(state, new Set(Object.keys(state)));

describe('the nernst widget’s description', () => {
  test('describes the default state: E = −95.0 mV for K⁺ at 4 mM out, 140 mM in, 37.0 °C', () => {
    const text = nernstWidget.describe(defaultState(NERNST_PARAMS));
    expect(text).toContain(`E = ${MINUS}95.0 mV`);
    expect(text).toContain('K⁺');
    expect(text).toContain('[K⁺]out = 4 mM');
    expect(text).toContain('[K⁺]in = 140 mM');
    expect(text).toContain('37.0 °C');
    expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
  });

  test('gives the decade slope, (RT/F)·ln 10 = 61.5 mV at 37 °C', () => {
    const state = defaultState(NERNST_PARAMS);
    expect(decadeSlopeOf(state)).toBeCloseTo(((R * 310.15) / F) * Math.LN10, 12);
    expect(describeNernst(state)).toContain('61.5 mV per tenfold');
  });

  test('a positive E has a plus sign: Na⁺ 12 in, 145 out is +66.6 mV', () => {
    const byHand = ((R * 310.15) / F) * Math.log(145 / 12);
    const state = withDisplayValues(NERNST_PARAMS, defaultState(NERNST_PARAMS), {
      ion: 'Na',
      cin: 12,
      cout: 145,
    });
    expect(describeNernst(state)).toContain(`E = +${(byHand * 1000).toFixed(1)} mV`);
    expect(describeNernst(state)).toContain('Na⁺');
  });

  test('choosing Ca²⁺ loads its own gradient: [Ca²⁺]in = 100 nM, out 2 mM, E = (RT/2F)·ln(20 000) = +132.3 mV', () => {
    const state = stateWithValue(nernstWidget, defaultState(NERNST_PARAMS), 'ion', 'Ca');
    const byHand = ((R * 310.15) / (2 * F)) * Math.log(2 / 0.0001);
    expect(byHand * 1000).toBeCloseTo(132.3, 1);
    const text = describeNernst(state);
    expect(text).toContain(`E = +${(byHand * 1000).toFixed(1)} mV`);
    expect(text).toContain('[Ca²⁺]out = 2 mM, [Ca²⁺]in = 1 × 10⁻⁴ mM');
    expect(text).not.toContain('140 mM');
  });

  test('choosing Cl⁻ loads 7 mM in, 120 mM out: E = −(RT/F)·ln(120/7) = −75.9 mV', () => {
    const state = stateWithValue(nernstWidget, defaultState(NERNST_PARAMS), 'ion', 'Cl');
    expect(describeNernst(state)).toContain(`E = ${MINUS}75.9 mV for Cl⁻`);
  });

  test('the presets and defaults are the reference neuron’s: K⁺ 140/4, Na⁺ 12/145, Cl⁻ 7/120, Ca²⁺ 0.0001/2 mM at 37 °C', () => {
    const values = Object.fromEntries(nernstWidget.presets.map((p) => [p.id, p.values]));
    expect(values['neuron-k']).toEqual({ ion: 'K', cin: 140, cout: 4, T: 37 });
    expect(values['neuron-na']).toEqual({ ion: 'Na', cin: 12, cout: 145, T: 37 });
    expect(values['neuron-cl']).toEqual({ ion: 'Cl', cin: 7, cout: 120, T: 37 });
    expect(values['neuron-ca']).toEqual({ ion: 'Ca', cin: 0.0001, cout: 2, T: 37 });
    expect(defaultState(NERNST_PARAMS)).toMatchObject({ ion: 'K', cin: 140, cout: 4 });
  });

  test('a custom valence is written as X with its charge', () => {
    const state = { ...defaultState(NERNST_PARAMS), ion: 'custom', z: -2 };
    expect(describeNernst(state)).toContain('X²⁻');
  });

  test('every preset is described without NaN, Infinity or undefined', () => {
    for (const preset of nernstWidget.presets) {
      const state = nernstWidget.normalise!(
        withDisplayValues(NERNST_PARAMS, defaultState(NERNST_PARAMS), preset.values),
        new Set(Object.keys(preset.values)),
      );
      const text = nernstWidget.describe(state);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).toMatch(/E = [+−]?\d/);
    }
  });

  test('never contains NaN, Infinity or undefined for any in-range state', () => {
    fc.assert(
      fc.property(inRangeStates(NERNST_PARAMS), (state) => {
        const text = nernstWidget.describe(normalise(state));
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
      }),
      { numRuns: 500 },
    );
  });
});
