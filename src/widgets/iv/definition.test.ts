import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues } from '../params';
import { ivWidget } from './definition';
import { describeIv } from './describe';
import { IV_PARAMS } from './ivParams';
import { currentsOf } from './model';

function preset(id: string) {
  const values = ivWidget.presets.find((p) => p.id === id)!.values;
  return withDisplayValues(IV_PARAMS, defaultState(IV_PARAMS), values);
}

describe('the iv widget', () => {
  test('puts the total current through zero at the reversal potential it reports', () => {
    const { total, reversal } = currentsOf(preset('neuron-ca'));
    const below = total.filter(([v]) => v < reversal * 1000).at(-1)!;
    const above = total.find(([v]) => v > reversal * 1000)!;
    expect(below[1]).toBeLessThan(0);
    expect(above[1]).toBeGreaterThan(0);
  });

  test('shows outward rectification for K⁺ alone, 140 in / 4 out', () => {
    expect(currentsOf(preset('rectification')).rectification).toBeGreaterThan(2);
    expect(describeIv(preset('rectification'))).toContain('outward rectification');
  });

  test('gives a nearly straight line through zero for equal K⁺ on both sides', () => {
    // The other ions keep a token permeability of 10⁻⁴ P_K, so "nearly".
    const { rectification, reversal } = currentsOf(preset('symmetric'));
    expect(Math.abs(rectification - 1)).toBeLessThan(0.01);
    expect(Math.abs(reversal)).toBeLessThan(0.002);
  });

  test('makes the chord line cross zero at the reversal potential too', () => {
    const { chordLine, reversal } = currentsOf(preset('neuron'));
    const [[v0, i0], [v1, i1]] = chordLine as [[number, number], [number, number]];
    const crossing = v0 - (i0 * (v1 - v0)) / (i1 - i0);
    expect(crossing).toBeCloseTo(reversal * 1000, 6);
  });
});
