import { describe, expect, test } from 'vitest';
import { expectStoryKept, R, si, testKindBasics } from '../testing';
import { selectivityRatioProblem, selectivityRatioWorking } from './selectivityRatio';

/** The chapter's exercise: Na⁺ pays 17.8 kJ/mol more in the filter, at 37 °C. */
const FILTER = { dG: 17.8, T: 37 };
const p = si('selectivity-ratio', FILTER);
const ratio = selectivityRatioProblem.solve(p);

describe('selectivity-ratio', () => {
  test('solve() is P_K/P_Na = e^(ΔG/RT): about 995 for 17.8 kJ/mol at 37 °C', () => {
    expect(p.dG).toBeCloseTo(17_800, 9);
    expect(ratio).toBeCloseTo(Math.exp(17_800 / (R * 310.15)), 9);
    expect(ratio).toBeCloseTo(994.9, 1);
  });

  test('each mistake is the value its slip gives: the inverse, 10^x for e^x, ΔG in kJ/mol', () => {
    const x = 17_800 / (R * 310.15);
    expect(selectivityRatioProblem.mistakes(p, ratio)).toEqual([
      {
        value: expect.closeTo(1 / ratio, 12),
        code: 'inverted-ratio',
        note: expect.stringContaining('P_Na/P_K'),
      },
      {
        value: expect.closeTo(10 ** x, 0),
        code: 'log-base',
        note: expect.stringContaining('10^(ΔG/RT)'),
      },
      {
        value: expect.closeTo(Math.exp(17.8 / (R * 310.15)), 12),
        code: 'unit',
        note: expect.stringContaining('J/mol'),
      },
    ]);
  });

  test('the story: Na⁺ pays more in the filter, so K⁺ passes better', () => {
    expect(selectivityRatioProblem.story!(p)).toEqual({ potassiumPreferred: true });
    expectStoryKept(selectivityRatioProblem, 'ghk-selectivity-ratio', FILTER, ['dG']);
  });

  test('the worked solution shows ΔG in J/mol, R and T, whose e^(ΔG/RT) is the answer', () => {
    const w = selectivityRatioWorking(p, ratio);
    expect(w.gasConstant).toBeCloseTo(R, 12);
    expect(Math.exp(w.energy / (w.gasConstant * w.T))).toBeCloseTo(ratio, 9);
  });

  testKindBasics(selectivityRatioProblem, [p], [FILTER]);
});
