import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, solve } from '../testing';
import { membraneFieldProblem } from './membraneField';

describe('membrane-field: E = V_m/d', () => {
  test('−70 mV across 5 nm is −1.4 × 10⁷ V/m, and 500 mV is +10⁸ V/m', () => {
    expect(solve('membrane-field', { V: -70, d: 5 })).toBeCloseTo(-0.07 / 5e-9, 3);
    expect(solve('membrane-field', { V: 500, d: 5 })).toBeCloseTo(1e8, 3);
  });

  test('the sign, V·d and a thickness ten times too large are named, by hand', () => {
    const p = { V: -0.07, d: 5e-9 };
    const mistakes = membraneFieldProblem.mistakes(p, membraneFieldProblem.solve(p));
    const value = (code: string) => mistakes.find((m) => m.code === code)?.value;
    expect(value('sign')).toBeCloseTo(1.4e7, 3);
    expect(value('formula')).toBeCloseTo(-0.07 * 5e-9, 20);
    expect(value('unit')).toBeCloseTo(-1.4e6, 3);
  });

  test('its story: negative like V_m, of order 10⁷ V/m, stronger than air’s 3 × 10⁶ V/m', () => {
    expect(membraneFieldProblem.story!({ V: -0.07, d: 5e-9 })).toEqual({
      sign: -1,
      order: 7,
      strongerThanSpark: true,
    });
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        fc.double({ min: 3e-9, max: 1e-7, noNaN: true }),
        (V, d) => expectMistakesApart(membraneFieldProblem, { V, d }),
      ),
    );
  });
});
