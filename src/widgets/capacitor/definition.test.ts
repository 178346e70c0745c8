import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { activePreset, inRangeStates, presetProblems, presetState } from '../testing';
import { capacitorWidget } from './definition';
import { capacitorResults } from './model';
import { CAPACITOR_PARAMS } from './capacitorParams';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

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
