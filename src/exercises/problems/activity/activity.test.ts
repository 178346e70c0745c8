import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, solve } from '../testing';
import { activityProblem } from './activity';

describe('activity: a = γc', () => {
  test('the activity of 4 mM K⁺ with γ = 0.75 is 3 mM', () => {
    expect(solve('activity', { c: 4, gamma: 0.75 })).toBeCloseTo(3, 12);
  });

  test('dividing by γ and the "missing ions" c·(1 − γ) are named: 5.33 mM and 1 mM', () => {
    const p = { c: 4, gamma: 0.75 };
    const mistakes = activityProblem.mistakes(p, activityProblem.solve(p));
    expect(mistakes.find((m) => m.code === 'inverted-ratio')?.value).toBeCloseTo(4 / 0.75, 12);
    expect(mistakes.find((m) => m.code === 'missing-ions')?.value).toBeCloseTo(1, 12);
  });

  test('its story: the activity is below the concentration when γ < 1', () => {
    expect(activityProblem.story!({ c: 4, gamma: 0.75 })).toEqual({
      activityBelowConcentration: true,
    });
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
