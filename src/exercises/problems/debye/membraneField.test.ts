import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, solve } from '../testing';
import { membraneFieldProblem } from './membraneField';

describe('membrane-field: E = V_m/d', () => {
  test('−70 mV across 5 nm is −1.4 × 10⁷ V/m, and 500 mV is +10⁸ V/m', () => {
    expect(solve('membrane-field', { V: -70, d: 5 })).toBeCloseTo(-0.07 / 5e-9, 3);
    expect(solve('membrane-field', { V: 500, d: 5 })).toBeCloseTo(1e8, 3);
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
