import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../units';
import type { ProblemKind } from '../ProblemKind';
import { paramsToSI, type DisplayParams } from '../redraw';
import {
  activityNernstProblem,
  activityProblem,
  activityShiftProblem,
  gammaDaviesProblem,
  gammaExtendedProblem,
  gammaLimitingProblem,
  ionicStrengthProblem,
  stoichiometry,
} from './activityProblems';
import { expectMistakesApart, F, PROBLEMS, R, si, solve } from './testing';

// Constants written out here, so the expected values do not come from the code under test.
const A = 0.509;
const B = 0.328;

/** The chapter's exercises, with their params exactly as 03-activity.mdx writes them. */
const CHAPTER: [string, DisplayParams][] = [
  ['ionic-strength', { c: 150, zc: 1, za: -1 }],
  ['ionic-strength', { c: 50, zc: 2, za: -1 }],
  ['ionic-strength', { c: 10, zc: 2, za: -2 }],
  ['gamma-limiting', { z: 1, I: 150 }],
  ['gamma-extended', { z: 1, I: 100, a: 4.5 }],
  ['gamma-davies', { z: 1, I: 100 }],
  ['gamma-davies', { z: 2, I: 150 }],
  ['activity-nernst', { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 }],
  ['activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 }],
  ['activity-shift', { z: 2, gin: 0.3, gout: 0.35, T: 37 }],
  ['activity', { c: 4, gamma: 0.75 }],
];

describe('the activity chapter’s problem kinds are registered', () => {
  test('PROBLEMS holds every kind the chapter names, under its own id', () => {
    for (const [id] of CHAPTER) expect(PROBLEMS[id]?.id).toBe(id);
  });

  test('every parameter the chapter gives is one the kind declares, and none is missing', () => {
    for (const [id, display] of CHAPTER) {
      expect(Object.keys(display).sort(), id).toEqual(Object.keys(PROBLEMS[id]!.params).sort());
    }
  });
});

describe('solve() agrees with a hand computation for the chapter’s numbers', () => {
  test('ionic strength: NaCl at 150 mM is 150 mM, CaCl₂ at 50 mM is 150 mM, MgSO₄ at 10 mM is 40 mM', () => {
    expect(solve('ionic-strength', { c: 150, zc: 1, za: -1 })).toBeCloseTo(150, 10);
    expect(solve('ionic-strength', { c: 50, zc: 2, za: -1 })).toBeCloseTo(0.5 * (50 * 4 + 100), 10);
    expect(solve('ionic-strength', { c: 10, zc: 2, za: -2 })).toBeCloseTo(40, 10);
  });

  test('a neutral salt gives |z₋| cations and |z₊| anions per formula unit, in lowest terms', () => {
    expect(stoichiometry(2, -1)).toEqual({ cations: 1, anions: 2 });
    expect(stoichiometry(2, -2)).toEqual({ cations: 1, anions: 1 });
    expect(stoichiometry(3, -2)).toEqual({ cations: 2, anions: 3 });
  });

  test('the limiting law gives γ ≈ 0.635 for z = 1 at 150 mM', () => {
    const byHand = 10 ** (-A * Math.sqrt(0.15));
    expect(solve('gamma-limiting', { z: 1, I: 150 })).toBeCloseTo(byHand, 12);
    expect(byHand).toBeCloseTo(0.635, 3);
  });

  test('the extended law gives γ ≈ 0.777 for z = 1 at 100 mM with a 4.5 Å ion', () => {
    const root = Math.sqrt(0.1);
    const byHand = 10 ** (-(A * root) / (1 + B * 4.5 * root));
    expect(solve('gamma-extended', { z: 1, I: 100, a: 4.5 })).toBeCloseTo(byHand, 12);
    expect(byHand).toBeCloseTo(0.777, 3);
  });

  test('Davies gives γ ≈ 0.782 for z = 1 at 100 mM and ≈ 0.334 for z = 2 at 150 mM', () => {
    const davies = (z: number, molar: number) =>
      10 ** (-A * z * z * (Math.sqrt(molar) / (1 + Math.sqrt(molar)) - 0.3 * molar));
    expect(solve('gamma-davies', { z: 1, I: 100 })).toBeCloseTo(davies(1, 0.1), 12);
    expect(solve('gamma-davies', { z: 2, I: 150 })).toBeCloseTo(davies(2, 0.15), 12);
    expect(davies(1, 0.1)).toBeCloseTo(0.782, 3);
    expect(davies(2, 0.15)).toBeCloseTo(0.334, 3);
  });

  test('the Nernst potential from activities is −89.1 mV for the neuron’s K⁺ at 37 °C', () => {
    const byHand = ((R * 310.15) / F) * Math.log((0.75 * 4) / (0.6 * 140));
    const e = solve('activity-nernst', { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 });
    expect(e).toBeCloseTo(byHand, 12);
    expect(e * 1000).toBeCloseTo(-89.06, 2);
  });

  test('the shift ΔE is (RT/zF)·ln(γ_out/γ_in): +5.96 mV for K⁺, +2.06 mV for Ca²⁺', () => {
    const k = solve('activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 });
    const ca = solve('activity-shift', { z: 2, gin: 0.3, gout: 0.35, T: 37 });
    expect(k).toBeCloseTo(((R * 310.15) / F) * Math.log(0.75 / 0.6), 12);
    expect(ca).toBeCloseTo(((R * 310.15) / (2 * F)) * Math.log(0.35 / 0.3), 12);
    expect(k * 1000).toBeCloseTo(5.96, 2);
    expect(ca * 1000).toBeCloseTo(2.06, 2);
  });

  test('the shift is the difference of the two Nernst forms for any concentrations', () => {
    const p = { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 };
    const withActivities = solve('activity-nernst', p);
    const withConcentrations = ((R * 310.15) / F) * Math.log(4 / 140);
    expect(withActivities - withConcentrations).toBeCloseTo(solve('activity-shift', p), 12);
  });

  test('the activity of 4 mM K⁺ with γ = 0.75 is 3 mM', () => {
    expect(solve('activity', { c: 4, gamma: 0.75 })).toBeCloseTo(3, 12);
  });
});

describe('no mistake can be mistaken for the right answer', () => {
  test.each(CHAPTER)('%s with the chapter’s numbers %o', (id, display) => {
    expectMistakesApart(PROBLEMS[id]!, si(id, display));
  });

  test('the usual slips are recognised for the chapter’s numbers', () => {
    const messages = (problem: ProblemKind, display: DisplayParams) => {
      const p = paramsToSI(problem, display);
      return problem.mistakes(p, problem.solve(p)).map((m) => m.message);
    };
    const strength = messages(ionicStrengthProblem, { c: 50, zc: 2, za: -1 });
    expect(strength.some((m) => m.includes('½'))).toBe(true);
    expect(strength.some((m) => m.includes('z²'))).toBe(true);
    const limiting = messages(gammaLimitingProblem, { z: 1, I: 150 });
    expect(limiting.some((m) => m.includes('mol/L'))).toBe(true);
    expect(limiting.some((m) => m.includes('e^'))).toBe(true);
    const nernst = messages(activityNernstProblem, {
      z: 1,
      cin: 140,
      cout: 4,
      gin: 0.6,
      gout: 0.75,
      T: 37,
    });
    expect(nernst.some((m) => m.includes('swapped'))).toBe(true);
    expect(nernst.some((m) => m.includes('concentrations alone'))).toBe(true);
    expect(nernst.some((m) => m.includes('kelvin'))).toBe(true);
  });

  const valence = fc.constantFrom(-3, -2, -1, 1, 2, 3);
  const strength = fc.double({ min: 1, max: 500, noNaN: true });
  const gamma = fc.double({ min: 0.3, max: 0.95, noNaN: true });
  const temperature = fc.double({ min: 278.15, max: 313.15, noNaN: true });

  test('γ by each law, for redrawn valences and ionic strengths', () => {
    fc.assert(
      fc.property(
        valence,
        strength,
        fc.double({ min: 3e-10, max: 9e-10, noNaN: true }),
        (z, I, a) => {
          expectMistakesApart(gammaLimitingProblem, { z, I });
          expectMistakesApart(gammaExtendedProblem, { z, I, a });
          expectMistakesApart(gammaDaviesProblem, { z, I });
        },
      ),
    );
  });

  test('ionic strength, for any salt of valences up to 3', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: -3, max: -1 }),
        (c, zc, za) => expectMistakesApart(ionicStrengthProblem, { c, zc, za }),
      ),
    );
  });

  test('E from activities and the shift ΔE, for redrawn coefficients it accepts', () => {
    fc.assert(
      fc.property(
        valence,
        fc.double({ min: 100, max: 160, noNaN: true }),
        fc.double({ min: 2.5, max: 10, noNaN: true }),
        gamma,
        gamma,
        temperature,
        (z, cin, cout, gin, gout, T) => {
          const p = { z, cin, cout, gin, gout, T };
          expectMistakesApart(activityNernstProblem, p);
          fc.pre(activityShiftProblem.accepts!(p));
          expectMistakesApart(activityShiftProblem, p);
        },
      ),
    );
  });

  test('the activity, for redrawn concentrations and any γ below 0.95', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 6, noNaN: true }), gamma, (c, g) =>
        expectMistakesApart(activityProblem, { c, gamma: g }),
      ),
    );
  });
});

describe('steps() writes the worked solution', () => {
  test.each(CHAPTER)('%s: renders MathML with the answer and no NaN for %o', (id, display) => {
    const problem = PROBLEMS[id]!;
    const p = si(id, display);
    const answer = problem.solve(p);
    const node = problem.steps(p, answer);
    expect(node).toBeTruthy();
    const markup = renderToStaticMarkup(node);
    expect(markup).toContain('<math');
    expect(markup).not.toMatch(/NaN|Infinity|undefined/);
    expect(markup).toContain(
      formatQuantity(answer, problem.answer.unit, problem.answer.format).split(' ')[0],
    );
  });

  test('the limiting law’s solution converts 150 mM to 0.15 mol/L under the root', () => {
    const p = si('gamma-limiting', { z: 1, I: 150 });
    const markup = renderToStaticMarkup(
      gammaLimitingProblem.steps(p, gammaLimitingProblem.solve(p)),
    );
    expect(markup).toContain('0.15');
    expect(markup).toContain('0.509');
    expect(markup).toContain('0.635');
  });
});
