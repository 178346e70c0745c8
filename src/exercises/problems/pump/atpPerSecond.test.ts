import { describe, expect, test } from 'vitest';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, si } from '../testing';
import { atpPerSecondProblem, atpPerSecondWorking } from './atpPerSecond';

/** The elementary charge, C (exact in the SI since 2019). */
const E = 1.602176634e-19;

/** The chapter's exercise: a 30 pA Na⁺ leak. */
const LEAK = { INa: 30 };
const p = si('atp-per-second', LEAK);

describe('atp-per-second', () => {
  const atp = atpPerSecondProblem.solve(p);

  test('solve() is I_Na/(3e): 30 pA brings in 1.87 × 10⁸ Na⁺/s, 6.24 × 10⁷ ATP/s', () => {
    expect(atp).toBeCloseTo(30e-12 / (3 * E), 3);
    expect(atp / 1e7).toBeCloseTo(6.2415, 4);
  });

  test('each mistake is the value its slip gives: the Na⁺ count I/e, or I/(2e)', () => {
    expect(atpPerSecondProblem.mistakes(p, atp)).toEqual([
      {
        value: expect.closeTo(30e-12 / E, 3),
        message: expect.stringContaining('Na⁺ ions per second'),
      },
      { value: expect.closeTo(30e-12 / (2 * E), 3), message: expect.stringContaining('divide') },
    ]);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(atpPerSecondProblem, p);
  });

  test('the worked solution shows I, 3 Na⁺ per ATP and e, whose quotient is the answer', () => {
    const w = atpPerSecondWorking(p, atp);
    expect(w.sodiumPerAtp).toBe(3);
    expect(w.elementaryCharge).toBe(E);
    expect(w.current / (w.sodiumPerAtp * w.elementaryCharge)).toBeCloseTo(atp, 3);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(atpPerSecondProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(atpPerSecondProblem, LEAK);
  });
});
