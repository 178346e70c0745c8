import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues } from '../params';
import { selectivityWidget } from './definition';
import { describeSelectivity } from './describe';
import { selectivityOf } from './model';
import { SELECTIVITY_PARAMS } from './selectivityParams';

function preset(id: string) {
  const values = selectivityWidget.presets.find((p) => p.id === id)!.values;
  return withDisplayValues(SELECTIVITY_PARAMS, defaultState(SELECTIVITY_PARAMS), values);
}

describe('the selectivity widget', () => {
  test('reports P_Na/P_K = 1/1000 in the K⁺-sized cage, the model’s calibration', () => {
    const na = selectivityOf(preset('kcsa')).find((row) => row.key === 'Na')!;
    expect(na.relativeToK).toBeCloseTo(0.001, 8);
    expect(describeSelectivity(preset('kcsa'))).toContain('Teaching model');
  });

  test('lets Na⁺ through better than K⁺ in a Na⁺-sized cage', () => {
    const na = selectivityOf(preset('small-cavity')).find((row) => row.key === 'Na')!;
    expect(na.relativeToK).toBeGreaterThan(1);
  });

  test('gives K⁺ a ratio of exactly 1 to itself', () => {
    for (const id of ['kcsa', 'small-cavity', 'large-cavity']) {
      expect(selectivityOf(preset(id)).find((row) => row.key === 'K')!.relativeToK).toBe(1);
    }
  });
});
