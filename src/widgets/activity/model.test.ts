import { describe, expect, test } from 'vitest';
import { defaultState } from '../params';
import { ACTIVITY_PARAMS } from './activityParams';
import { activityResults, gammaCurves } from './model';

// Written out here, so the expected values do not come from the code under test.
const A = 0.509;
const B = 0.328;

describe('the activity widget’s model', () => {
  test('places 150 mM at √I = √0.15 = 0.387 √(mol/L) on the plot’s axis', () => {
    const results = activityResults(defaultState(ACTIVITY_PARAMS));
    expect(results.rootStrength).toBeCloseTo(Math.sqrt(0.15), 12);
    expect(results.ionSize).toBeCloseTo(4.5e-10, 20);
    expect([results.gammaInside, results.gammaOutside]).toEqual([0.6, 0.75]);
  });

  test('each law’s line runs from γ = 1 at I = 0 to its value at 1 mol/L (z = 2, a = 4.5 Å)', () => {
    const [limiting, extended, davies] = gammaCurves(2, 4.5e-10);
    for (const law of [limiting!, extended!, davies!]) {
      expect(law.trusted[0]).toEqual([0, 1]);
    }
    expect(limiting!.beyond.at(-1)![1]).toBeCloseTo(10 ** (-A * 4), 12);
    expect(extended!.beyond.at(-1)![1]).toBeCloseTo(10 ** ((-A * 4) / (1 + B * 4.5)), 12);
    expect(davies!.beyond.at(-1)![1]).toBeCloseTo(10 ** (-A * 4 * (0.5 - 0.3)), 12);
  });

  test('each line is cut at its law’s limit, √(1, 100, 500 mM / 1000): trusted before, dashed after', () => {
    const curves = gammaCurves(1, 4.5e-10);
    expect(curves.map((c) => c.model)).toEqual(['limiting', 'extended', 'davies']);
    for (const [curve, limit] of curves.map((c, i) => [c, [1, 100, 500][i]!] as const)) {
      const edge = Math.sqrt(limit / 1000);
      expect(curve.limit).toBe(limit);
      expect(curve.trusted.at(-1)![0]).toBeCloseTo(edge, 12);
      expect(curve.beyond[0]).toEqual(curve.trusted.at(-1));
      expect(curve.trusted.every(([x]) => x <= edge)).toBe(true);
      expect(curve.beyond.every(([x]) => x >= edge)).toBe(true);
      // 201 points over √I = 0…1 in steps of 0.005, none of them on the edge, and the edge twice
      expect(curve.trusted.length + curve.beyond.length).toBe(203);
    }
  });

  test('γ depends on z², so an anion’s lines are its cation’s', () => {
    expect(gammaCurves(-3, 6e-10)).toEqual(gammaCurves(3, 6e-10));
  });
});
