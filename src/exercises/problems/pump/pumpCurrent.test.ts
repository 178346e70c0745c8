import { describe, expect, test } from 'vitest';
import { numbersForSet, paramsToSI, sameStory } from '../../redraw';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, si } from '../testing';
import { pumpCurrentProblem, pumpCurrentWorking } from './pumpCurrent';

/** The elementary charge, C (exact in the SI since 2019). */
const E = 1.602176634e-19;

/** The chapter's exercises: one pump, and a million, at 100 cycles/s. */
const ONE_PUMP = { rate: 100, pumps: 1, charges: 1 };
const CELL = { rate: 100, pumps: 1e6, charges: 1 };
const cell = si('pump-current', CELL);

describe('pump-current', () => {
  test('solve() is I = n·e·f·N: 1.6 × 10⁻¹⁷ A for one pump, 16.0 pA for a million', () => {
    expect(pumpCurrentProblem.solve(si('pump-current', ONE_PUMP))).toBeCloseTo(1 * E * 100, 30);
    expect(pumpCurrentProblem.solve(cell)).toBeCloseTo(1 * E * 100 * 1e6, 24);
    expect(pumpCurrentProblem.solve(cell) * 1e12).toBeCloseTo(16.02, 2);
  });

  test('each mistake is the value its slip gives: 3 or 5 charges a cycle, or one pump', () => {
    const i = pumpCurrentProblem.solve(cell);
    expect(pumpCurrentProblem.mistakes(cell, i)).toEqual([
      {
        value: expect.closeTo(3 * E * 100 * 1e6, 24),
        code: 'count',
        note: expect.stringContaining('not three'),
      },
      {
        value: expect.closeTo(5 * E * 100 * 1e6, 24),
        code: 'count',
        note: expect.stringContaining('cancel'),
      },
      {
        value: expect.closeTo(1 * E * 100, 30),
        code: 'one-pump',
        note: expect.stringContaining('one pump'),
      },
    ]);
  });

  test('for one pump, "one pump" is the answer itself, and no mistake', () => {
    const p = si('pump-current', ONE_PUMP);
    const codes = pumpCurrentProblem.mistakes(p, pumpCurrentProblem.solve(p)).map((m) => m.code);
    expect(codes).toEqual(['count', 'count']);
  });

  test('no mistake can be mistaken for the right answer, for a cell’s million pumps', () => {
    expectMistakesApart(pumpCurrentProblem, cell);
  });

  test('the story: the current is outward; one pump’s is not measurable, a million pumps’ is', () => {
    expect(pumpCurrentProblem.story!(si('pump-current', ONE_PUMP))).toEqual({
      outward: true,
      measurable: false,
    });
    expect(pumpCurrentProblem.story!(cell)).toEqual({ outward: true, measurable: true });
  });

  test('new numbers keep the story of one pump (rate varied) and of a cell (pumps varied)', () => {
    for (const [display, vary] of [
      [ONE_PUMP, ['rate']],
      [CELL, ['pumps']],
    ] as const) {
      const story = pumpCurrentProblem.story!(paramsToSI(pumpCurrentProblem, display));
      for (let set = 1; set <= 200; set++) {
        const drawn = numbersForSet(pumpCurrentProblem, 'pump-current', display, vary, set);
        const p = paramsToSI(pumpCurrentProblem, drawn);
        expect(sameStory(pumpCurrentProblem.story!(p), story)).toBe(true);
      }
    }
  });

  test('the worked solution shows n, e, f and N, whose product is the answer', () => {
    const i = pumpCurrentProblem.solve(cell);
    const w = pumpCurrentWorking(cell, i);
    expect(w.elementaryCharge).toBe(E);
    expect(w.charges * w.elementaryCharge * w.rate * w.pumps).toBeCloseTo(i, 24);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(pumpCurrentProblem, si('pump-current', ONE_PUMP));
    expectWorkedSolution(pumpCurrentProblem, cell);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(pumpCurrentProblem, CELL);
  });
});
