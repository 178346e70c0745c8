import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../checkAnswer';
import { si, testKindBasics } from '../testing';
import { pumpShiftProblem } from './pumpShift';

/** The chapter's exercise: 10 pA of pump current across 2 nS. */
const CELL = { Ip: 10, g: 2 };
const p = si('pump-shift', CELL);

/** The checker's spec for the chapter's numbers, as the exercise builds it. */
function answerSpec(q = p) {
  const value = pumpShiftProblem.solve(q);
  return {
    value,
    unit: 'mV',
    dimension: 'voltage' as const,
    relative: pumpShiftProblem.tolerance!.relative!,
    absolute: pumpShiftProblem.tolerance!.absolute!,
    mistakes: pumpShiftProblem.mistakes(q, value),
  };
}

describe('pump-shift', () => {
  const dv = pumpShiftProblem.solve(p);

  test('solve() is ΔV = −I/g: −10 pA / 2 nS = −5 mV', () => {
    expect(dv).toBeCloseTo(-10e-12 / 2e-9, 15);
  });

  test('each mistake is the value its slip gives: +I/g, and I·g in pA·nS read as mV', () => {
    expect(pumpShiftProblem.mistakes(p, dv)).toEqual([
      {
        value: expect.closeTo(10e-12 / 2e-9, 15),
        code: 'sign',
        note: expect.stringContaining('more negative'),
      },
      // 10 pA × 2 nS, read as 20 mV
      {
        value: expect.closeTo(-20e-3, 15),
        code: 'wrong-law',
        note: expect.stringContaining('Ohm’s law'),
      },
    ]);
  });

  test('an answer near zero is not called an Ohm’s-law slip: 0 and 0.005 mV are just wrong', () => {
    for (const typed of ['0', '0 mV', '0.005 mV', '-0.002']) {
      const result = checkAnswer(typed, answerSpec());
      expect(result.verdict, typed).toBe('incorrect');
      expect(result.mistake, typed).toBeUndefined();
      expect(result.message, typed).not.toMatch(/Ohm/);
    }
  });

  test('the product typed in the question’s units is named: −20 mV for 10 pA and 2 nS', () => {
    const result = checkAnswer('-20 mV', answerSpec());
    expect(result.verdict).toBe('incorrect');
    expect(result.mistake).toBe('wrong-law');
  });

  test('with 1 nS the product equals the quotient, so it is no mistake there', () => {
    const q = si('pump-shift', { Ip: 10, g: 1 });
    expect(pumpShiftProblem.mistakes(q, pumpShiftProblem.solve(q)).map((m) => m.code)).toEqual([
      'sign',
    ]);
  });

  test('the story: an outward pump current, and so a hyperpolarisation', () => {
    expect(pumpShiftProblem.story!(p)).toEqual({ outward: true, hyperpolarising: true });
  });

  testKindBasics(pumpShiftProblem, [p], [CELL]);
});
