import fc from 'fast-check';
import { inRangeStates } from '../testing';
import { describe, expect, test, vi } from 'vitest';
import { nernstOf } from '../ionParams';
import { defaultState, withDisplayValues, type WidgetState } from '../params';
import { stateWithValue } from '../stateWithValue';
import { energyWidget, ENERGY_PARAMS } from './definition';
import { describeEnergy } from './describe';
import { energiesOf } from './model';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

const normalise = (state: WidgetState) =>
  energyWidget.normalise!(state, new Set(Object.keys(state)));

const preset = (values: Record<string, number | string>) =>
  normalise(withDisplayValues(ENERGY_PARAMS, defaultState(ENERGY_PARAMS), values));

describe('the energy widget', () => {
  test('splits ΔG into RT·ln(c_in/c_out) and zFV for K⁺ at rest', () => {
    const state = defaultState(ENERGY_PARAMS); // K⁺ 140/4 mM, 37 °C, −70 mV
    const { chemical, electrical, total } = energiesOf(state);
    expect(chemical).toBeCloseTo(R * 310.15 * Math.log(140 / 4), 6);
    expect(electrical).toBeCloseTo(F * -0.07, 6);
    expect(total).toBeCloseTo(chemical + electrical, 9);
  });

  test('the total is zero at V = E, for any ion', () => {
    fc.assert(
      fc.property(inRangeStates(ENERGY_PARAMS), (random) => {
        const state = normalise(random);
        const atE = { ...state, V: nernstOf(state) };
        expect(Math.abs(energiesOf(atE).total)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  test('at E the description says the ion is at equilibrium', () => {
    const state = defaultState(ENERGY_PARAMS);
    expect(describeEnergy({ ...state, V: nernstOf(state) })).toContain('at equilibrium');
  });

  test('K⁺ at −70 mV tends to move out, Na⁺ at −70 mV tends to move in', () => {
    expect(describeEnergy(preset({ ion: 'K', cin: 140, cout: 4, T: 37, V: -70 }))).toContain(
      'tends to move out',
    );
    expect(describeEnergy(preset({ ion: 'Na', cin: 12, cout: 145, T: 37, V: -70 }))).toContain(
      'tends to move in',
    );
  });

  test('choosing Na⁺ loads 12 mM in, 145 mM out: at −70 mV, ΔG = RT·ln(12/145) + F·(−70 mV) and Na⁺ tends to move in', () => {
    const state = stateWithValue(energyWidget, defaultState(ENERGY_PARAMS), 'ion', 'Na');
    const byHand = R * 310.15 * Math.log(12 / 145) + F * -0.07;
    expect(energiesOf(state).total).toBeCloseTo(byHand, 6);
    expect(describeEnergy(state)).toContain('tends to move in');
  });

  test('describes the default state with U+2212 minus signs and E = −95.0 mV', () => {
    const text = describeEnergy(defaultState(ENERGY_PARAMS));
    expect(text).toContain(`V_m = ${MINUS}70.0 mV`);
    expect(text).toContain(`E = ${MINUS}95.0 mV`);
    expect(text).toContain('K⁺');
    expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
  });

  test('every preset is described without NaN, Infinity or undefined', () => {
    for (const { values } of energyWidget.presets) {
      expect(describeEnergy(preset(values))).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  test('never describes an in-range state with NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(inRangeStates(ENERGY_PARAMS), (state) => {
        const text = energyWidget.describe(normalise(state));
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
      }),
      { numRuns: 500 },
    );
  });
});
