import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, solve } from '../testing';
import { activityProblem } from './activity';

describe('activity: a = γc', () => {
  test('the activity of 4 mM K⁺ with γ = 0.75 is 3 mM', () => {
    expect(solve('activity', { c: 4, gamma: 0.75 })).toBeCloseTo(3, 12);
  });

  test('no mistake can be mistaken for the right answer, for redrawn concentrations and any γ below 0.95', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 3, max: 6, noNaN: true }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        (c, g) => expectMistakesApart(activityProblem, { c, gamma: g }),
      ),
    );
  });
});
