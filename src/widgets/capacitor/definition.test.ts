import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { defaultState } from '../params';
import { activePreset, inRangeStates, presetProblems, presetState } from '../testing';
import {
  capacitorResults,
  capacitorWidget,
  CAPACITOR_PARAMS,
  describeCapacitor,
  formatCount,
  oneIn,
} from './definition';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;
const E_CHARGE = 1.602176634e-19;
const N_A = 6.02214076e23;
const MINUS = '\u2212';

describe('the capacitor widget’s results', () => {
  test('the neuron: 0.354 µF/cm², −1.4 × 10⁷ V/m, and the ions a 10 µm cell moves', () => {
    const { capacitance, field, chargeDensity, cell } = capacitorResults(
      defaultState(CAPACITOR_PARAMS),
    );
    const c = (EPS0 * 2) / 5e-9;
    expect(capacitance).toBeCloseTo(c, 15);
    expect(capacitance * 100).toBeCloseTo(0.354, 3); // µF/cm²
    expect(field).toBeCloseTo(-0.07 / 5e-9, 3);
    expect(chargeDensity).toBeCloseTo(c * -0.07, 15);
    const moved = (c * 4 * Math.PI * 1e-10 * 0.07) / E_CHARGE;
    const inCell = 140 * (4 / 3) * Math.PI * 1e-15 * N_A;
    expect(cell.ionsMoved / moved).toBeCloseTo(1, 12);
    expect(cell.ionsInCell / inCell).toBeCloseTo(1, 12);
    expect(cell.fraction / (moved / inCell)).toBeCloseTo(1, 12);
  });

  test('the description follows the state, with U+2212 minus', () => {
    const text = describeCapacitor(defaultState(CAPACITOR_PARAMS));
    expect(text).toContain('C = 0.354 µF/cm²');
    expect(text).toContain(`field of ${MINUS}1.4 × 10⁷ V/m`);
    expect(text).toContain('1.94 × 10⁶ K⁺ ions must cross');
    expect(text).toContain(`to ${MINUS}70 mV`);
    expect(text).toContain('3.53 × 10¹¹ K⁺');
    expect(text).toContain('1 in 182\u202f000');
  });

  test('the measured preset gives 1.0 µF/cm² and 5.5 million ions, 1 in 64 000', () => {
    const { capacitance, cell } = capacitorResults(presetState(capacitorWidget, 'measured'));
    expect(capacitance * 100).toBeCloseTo(((EPS0 * 5) / 4.4e-9) * 100, 12);
    expect(capacitance * 100).toBeCloseTo(1.006, 3);
    expect(cell.ionsMoved / 1e6).toBeCloseTo(5.52, 2);
    expect(1 / cell.fraction).toBeCloseTo(64_000, -3);
  });

  test('the small cell moves a twentyfold larger fraction, about 1 in 3200', () => {
    const { cell } = capacitorResults(presetState(capacitorWidget, 'small-cell'));
    expect(1 / cell.fraction).toBeCloseTo(3200, -2);
  });

  test('myelin (100 nm) has a twentieth of the 5 nm capacitance, 0.0177 µF/cm²', () => {
    const { capacitance } = capacitorResults(presetState(capacitorWidget, 'myelin'));
    expect(capacitance * 100).toBeCloseTo(0.0177, 4);
  });

  test('at 0 mV nothing moves, and the description says so without dividing by zero', () => {
    const state = { ...defaultState(CAPACITOR_PARAMS), V: 0 };
    expect(capacitorResults(state).cell.ionsMoved).toBe(0);
    expect(describeCapacitor(state)).toContain('no ions need to cross');
    expect(oneIn(0)).toBe('none');
  });
});

describe('counts of ions', () => {
  test('are grouped in threes below 10⁵ and scientific above', () => {
    expect(formatCount(13_812)).toBe('13\u202f800');
    expect(formatCount(5.4903e6)).toBe('5.49 × 10⁶');
    expect(formatCount(0)).toBe('0');
  });
});

describe('the capacitor widget’s presets', () => {
  test('every preset is within the ranges of its parameters', () => {
    expect(presetProblems(capacitorWidget)).toEqual([]);
  });

  test('the presets the chapter names exist', () => {
    const ids = capacitorWidget.presets.map((p) => p.id);
    for (const id of ['neuron', 'measured', 'small-cell', 'myelin']) expect(ids).toContain(id);
  });

  test('each preset, chosen after any other, is the one marked as chosen', () => {
    for (const before of capacitorWidget.presets) {
      for (const after of capacitorWidget.presets) {
        const state = presetState(
          capacitorWidget,
          after.id,
          presetState(capacitorWidget, before.id),
        );
        expect(activePreset(capacitorWidget, state), `${before.id} → ${after.id}`).toBe(after.id);
      }
    }
  });
});

describe('the capacitor widget never shows NaN, Infinity or undefined', () => {
  test('for any in-range state, the description is finite and uses U+2212', () => {
    fc.assert(
      fc.property(inRangeStates(CAPACITOR_PARAMS), fc.constantFrom(undefined, 0), (state, zero) => {
        const s = zero === undefined ? state : { ...state, V: zero };
        const text = capacitorWidget.describe(s);
        expect(text).not.toMatch(/NaN|Infinity|undefined|∞|—/);
        expect(text).not.toMatch(/-\s?\d/);
        const { capacitance, field, chargeDensity, cell } = capacitorResults(s);
        for (const v of [capacitance, field, chargeDensity, ...Object.values(cell)]) {
          expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
