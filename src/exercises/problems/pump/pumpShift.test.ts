import { describe, expect, test } from 'vitest';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, si } from '../testing';
import { pumpShiftProblem } from './pumpShift';

/** The chapter's exercise: 10 pA of pump current across 2 nS. */
const CELL = { Ip: 10, g: 2 };
const p = si('pump-shift', CELL);

describe('pump-shift', () => {
  const dv = pumpShiftProblem.solve(p);

  test('solve() is ΔV = −I/g: −10 pA / 2 nS = −5 mV', () => {
    expect(dv).toBeCloseTo(-10e-12 / 2e-9, 15);
  });

  test('each mistake is the value its slip gives: +I/g, and −I·g', () => {
    expect(pumpShiftProblem.mistakes(p, dv)).toEqual([
      {
        value: expect.closeTo(10e-12 / 2e-9, 15),
        message: expect.stringContaining('more negative'),
      },
      { value: expect.closeTo(-10e-12 * 2e-9, 30), message: expect.stringContaining('Ohm’s law') },
    ]);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(pumpShiftProblem, p);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(pumpShiftProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(pumpShiftProblem, CELL);
  });
});
