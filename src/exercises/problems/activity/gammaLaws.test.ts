import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, si, solve } from '../testing';
import {
  gammaDaviesProblem,
  gammaDaviesWorking,
  gammaExtendedProblem,
  gammaExtendedWorking,
  gammaLimitingProblem,
  gammaLimitingWorking,
} from './gammaLaws';

// Constants written out here, so the expected values do not come from the code under test.
const A = 0.509;
const B = 0.328;

describe('solve() agrees with a hand computation for the chapter’s numbers', () => {
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
});

describe('no mistake can be mistaken for the right answer', () => {
  test('the usual slips of the limiting law are recognised for the chapter’s numbers', () => {
    const p = si('gamma-limiting', { z: 1, I: 150 });
    const limiting = gammaLimitingProblem.mistakes(p, gammaLimitingProblem.solve(p));
    const value = (code: string) => limiting.find((m) => m.code === code)?.value;
    // I = 150 read as mol/L; e^(log₁₀ γ) for 10^(log₁₀ γ); I for √I; log₁₀ γ itself.
    expect(value('unit')).toBeCloseTo(10 ** (-A * Math.sqrt(150)), 12);
    expect(value('exp-base')).toBeCloseTo(Math.exp(-A * Math.sqrt(0.15)), 12);
    expect(value('formula')).toBeCloseTo(10 ** (-A * 0.15), 12);
    expect(value('step-short')).toBeCloseTo(-A * Math.sqrt(0.15), 12);
  });

  test('the extended law’s slips: the limiting law, and the ion size in nm', () => {
    const p = si('gamma-extended', { z: 1, I: 100, a: 4.5 });
    const extended = gammaExtendedProblem.mistakes(p, gammaExtendedProblem.solve(p));
    const root = Math.sqrt(0.1);
    expect(extended.find((m) => m.code === 'wrong-law')?.value).toBeCloseTo(10 ** (-A * root), 12);
    const nanometres = extended.find((m) => m.code === 'unit' && m.note?.includes('ångström'));
    expect(nanometres?.value).toBeCloseTo(10 ** (-(A * root) / (1 + B * 0.45 * root)), 12);
    expect(nanometres?.note).toContain('a = 4.5 Å, not 0.45');
  });

  test('each law’s story says whether it holds at the ionic strength, as the chapter does', () => {
    expect(gammaLimitingProblem.story!(si('gamma-limiting', { z: 1, I: 150 }))).toEqual({
      trusted: false,
    });
    expect(gammaLimitingProblem.story!(si('gamma-limiting', { z: 1, I: 1 }))).toEqual({
      trusted: true,
    });
    expect(gammaExtendedProblem.story!(si('gamma-extended', { z: 1, I: 100, a: 4.5 }))).toEqual({
      trusted: true,
      aboveLimiting: true,
    });
    // Ca²⁺ at 150 mM: γ = 0.334, "about a third".
    expect(gammaDaviesProblem.story!(si('gamma-davies', { z: 2, I: 150 }))).toEqual({
      trusted: true,
      oneIn: 3,
    });
  });

  test('γ by each law, for redrawn valences and ionic strengths', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-3, -2, -1, 1, 2, 3),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 3e-10, max: 9e-10, noNaN: true }),
        (z, I, a) => {
          expectMistakesApart(gammaLimitingProblem, { z, I });
          expectMistakesApart(gammaExtendedProblem, { z, I, a });
          expectMistakesApart(gammaDaviesProblem, { z, I });
        },
      ),
    );
  });
});

describe('the worked solutions’ numbers', () => {
  test('the limiting law’s solution converts 150 mM to 0.15 mol/L under the root', () => {
    const p = si('gamma-limiting', { z: 1, I: 150 });
    const markup = renderToStaticMarkup(
      gammaLimitingProblem.steps(p, gammaLimitingProblem.solve(p)),
    );
    expect(markup).toContain('0.15');
    expect(markup).toContain('0.509');
    expect(markup).toContain('0.635');
  });

  test('limiting: log₁₀ γ = −A z² √I with I in mol/L, and 10 to that power is γ', () => {
    const p = { z: -2, I: 150 };
    const working = gammaLimitingWorking(p, gammaLimitingProblem.solve(p));
    expect(working.strengthMolar).toBeCloseTo(0.15, 15);
    expect(working.log10Gamma).toBeCloseTo(-A * 4 * Math.sqrt(0.15), 12);
    expect(10 ** working.log10Gamma).toBeCloseTo(working.gamma, 12);
  });

  test('extended: √I of 100 mM is √0.1, a = 4.5 Å, and log₁₀ γ = −A z² √I / (1 + B a √I)', () => {
    const p = si('gamma-extended', { z: 1, I: 100, a: 4.5 });
    const working = gammaExtendedWorking(p, gammaExtendedProblem.solve(p));
    expect(working.rootStrength).toBeCloseTo(Math.sqrt(0.1), 15);
    expect(working.rootStrength ** 2).toBeCloseTo(working.strengthMolar, 15);
    expect(working.ionSizeAngstrom).toBeCloseTo(4.5, 12);
    const root = Math.sqrt(0.1);
    expect(working.log10Gamma).toBeCloseTo(-(A * root) / (1 + B * 4.5 * root), 12);
    expect(10 ** working.log10Gamma).toBeCloseTo(working.gamma, 12);
  });

  test('Davies: the lines’ √I, 1 + √I and I agree, and give log₁₀ γ for any ionic strength', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-3, -2, -1, 1, 2, 3),
        fc.double({ min: 50, max: 300, noNaN: true }),
        (z, I) => {
          const p = { z, I };
          const w = gammaDaviesWorking(p, gammaDaviesProblem.solve(p));
          expect(w.strengthMolar).toBeCloseTo(I / 1000, 15);
          expect(w.rootStrength ** 2).toBeCloseTo(w.strengthMolar, 15);
          expect(w.onePlusRoot - w.rootStrength).toBeCloseTo(1, 15);
          const bracket = w.rootStrength / w.onePlusRoot - 0.3 * w.strengthMolar;
          expect(w.log10Gamma).toBeCloseTo(-A * z * z * bracket, 12);
        },
      ),
    );
  });
});
