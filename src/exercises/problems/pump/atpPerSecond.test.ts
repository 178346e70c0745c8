import { describe, expect, test } from 'vitest';
import { si, testKindBasics } from '../testing';
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
        code: 'count',
        note: expect.stringContaining('Na⁺ ions per second'),
      },
      {
        value: expect.closeTo(30e-12 / (2 * E), 3),
        code: 'count',
        note: expect.stringContaining('divide'),
      },
    ]);
  });

  test('the story: the Na⁺ leak is an inward current', () => {
    expect(atpPerSecondProblem.story!(p)).toEqual({ inward: true });
  });

  test('the worked solution shows I, 3 Na⁺ per ATP and e, whose quotient is the answer', () => {
    const w = atpPerSecondWorking(p, atp);
    expect(w.sodiumPerAtp).toBe(3);
    expect(w.elementaryCharge).toBe(E);
    expect(w.current / (w.sodiumPerAtp * w.elementaryCharge)).toBeCloseTo(atp, 3);
  });

  testKindBasics(atpPerSecondProblem, [p], [LEAK]);
});
