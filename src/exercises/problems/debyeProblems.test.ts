import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../units';
import type { ProblemKind } from '../ProblemKind';
import { paramsToSI, type DisplayParams } from '../redraw';
import {
  chargeFractionProblem,
  debyeLengthProblem,
  fieldRatioProblem,
  ionsToChargeProblem,
  membraneCapacitanceProblem,
  membraneFieldProblem,
} from './debyeProblems';
import { expectMistakesApart, F, PROBLEMS, R, si, solve } from './testing';

// Constants written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;
const E_CHARGE = 1.602176634e-19;
const N_A = 6.02214076e23;

/** The chapter's exercises, with their params exactly as 04-debye.mdx writes them. */
const CHAPTER: [string, DisplayParams][] = [
  ['debye-length', { I: 150, T: 37, er: 74.15 }],
  ['debye-length', { I: 1, T: 20, er: 80 }],
  ['membrane-field', { V: -70, d: 5 }],
  ['membrane-field', { V: 500, d: 5 }],
  ['field-ratio', { erWater: 80, erLipid: 2 }],
  ['membrane-capacitance', { er: 2, d: 5 }],
  ['membrane-capacitance', { er: 2, d: 100 }],
  ['ions-to-charge', { r: 10, C: 1, V: -70, z: 1 }],
  ['charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 }],
  ['charge-fraction', { r: 0.5, C: 1, V: -70, z: 1, c: 140 }],
];

/** λ_D by hand, in m: I in mM = mol/m³, T in °C. */
const debyeByHand = (I: number, celsius: number, er: number) =>
  Math.sqrt((EPS0 * er * R * (celsius + 273.15)) / (2 * F * F * I));

describe('the Debye chapter’s problem kinds are registered', () => {
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
  test('λ_D is 0.7786 nm at 150 mM, 37 °C, ε_r 74.15, and 9.63 nm at 1 mM, 20 °C, ε_r 80', () => {
    const body = solve('debye-length', { I: 150, T: 37, er: 74.15 });
    expect(body).toBeCloseTo(debyeByHand(150, 37, 74.15), 15);
    expect(body * 1e9).toBeCloseTo(0.7786, 4);
    const pond = solve('debye-length', { I: 1, T: 20, er: 80 });
    expect(pond).toBeCloseTo(debyeByHand(1, 20, 80), 15);
    expect(pond * 1e9).toBeCloseTo(9.63, 2);
  });

  test('−70 mV across 5 nm is −1.4 × 10⁷ V/m, and 500 mV is +10⁸ V/m', () => {
    expect(solve('membrane-field', { V: -70, d: 5 })).toBeCloseTo(-0.07 / 5e-9, 3);
    expect(solve('membrane-field', { V: 500, d: 5 })).toBeCloseTo(1e8, 3);
  });

  test('5 nm of lipid with ε_r 2 gives 0.354 µF/cm², 100 nm gives 0.0177 µF/cm²', () => {
    const thin = solve('membrane-capacitance', { er: 2, d: 5 });
    expect(thin).toBeCloseTo((EPS0 * 2) / 5e-9, 12);
    expect(thin * 100).toBeCloseTo(0.354, 3); // F/m² → µF/cm²
    expect(solve('membrane-capacitance', { er: 2, d: 100 }) * 100).toBeCloseTo(0.0177, 4);
  });

  test('charging a 10 µm cell at 1 µF/cm² to −70 mV moves 5.49 × 10⁶ monovalent ions', () => {
    const byHand = (0.01 * 4 * Math.PI * 1e-5 ** 2 * 0.07) / E_CHARGE;
    const n = solve('ions-to-charge', { r: 10, C: 1, V: -70, z: 1 });
    expect(n / byHand).toBeCloseTo(1, 12);
    expect(n / 1e6).toBeCloseTo(5.49, 2);
  });

  test('that is a fraction of 1.55 × 10⁻⁵ of 140 mM K⁺, and 3.1 × 10⁻⁴ in a 0.5 µm cell', () => {
    const fraction = (r: number) =>
      (0.01 * 4 * Math.PI * r * r * 0.07) / E_CHARGE / (140 * (4 / 3) * Math.PI * r ** 3 * N_A);
    const big = solve('charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 });
    const small = solve('charge-fraction', { r: 0.5, C: 1, V: -70, z: 1, c: 140 });
    expect(big / fraction(1e-5)).toBeCloseTo(1, 12);
    expect(small / fraction(5e-7)).toBeCloseTo(1, 12);
    expect(big * 1e5).toBeCloseTo(1.555, 3);
    // The closed form 3C|V|/(|z|Fcr).
    expect(big / ((3 * 0.01 * 0.07) / (F * 140 * 1e-5))).toBeCloseTo(1, 12);
    expect(1 / small).toBeCloseTo(3216, -1);
  });

  test('the field in lipid (ε_r 2) is 40 times that in water (ε_r 80) for the same σ', () => {
    expect(solve('field-ratio', { erWater: 80, erLipid: 2 })).toBeCloseTo(40, 12);
  });
});

describe('no mistake can be mistaken for the right answer', () => {
  test.each(CHAPTER)('%s with the chapter’s numbers %o', (id, display) => {
    expectMistakesApart(PROBLEMS[id]!, si(id, display));
  });

  test('the usual slips are recognised for the chapter’s numbers', () => {
    const messages = (problem: ProblemKind, display: DisplayParams) => {
      const p = paramsToSI(problem, display);
      const answer = problem.solve(p);
      return problem.mistakes(p, answer).map((m) => ({ ratio: m.value / answer, text: m.message }));
    };
    const debye = messages(debyeLengthProblem, { I: 150, T: 37, er: 74.15 });
    expect(debye.find((m) => m.text.includes('mol/L'))?.ratio).toBeCloseTo(Math.sqrt(1000), 9);
    expect(debye.find((m) => m.text.includes('The 2'))?.ratio).toBeCloseTo(Math.SQRT2, 9);
    expect(debye.some((m) => m.text.includes('°C'))).toBe(true);
    const capacitance = messages(membraneCapacitanceProblem, { er: 2, d: 5 });
    expect(capacitance.find((m) => m.text.includes('F/m²'))?.ratio).toBeCloseTo(0.01, 12);
    const ions = messages(ionsToChargeProblem, { r: 10, C: 1, V: -70, z: 2 });
    expect(ions.some((m) => m.ratio === 0.25)).toBe(true);
    expect(ions.some((m) => m.text.includes('volume'))).toBe(true);
    expect(ions.find((m) => m.text.includes('elementary charges'))?.ratio).toBeCloseTo(2, 12);
    const fraction = messages(chargeFractionProblem, { r: 10, C: 1, V: -70, z: 1, c: 140 });
    expect(fraction.some((m) => m.text.includes('upside down'))).toBe(true);
    expect(fraction.some((m) => m.text.includes('diameter'))).toBe(true);
    const ratio = messages(fieldRatioProblem, { erWater: 80, erLipid: 2 });
    expect(ratio.find((m) => m.text.includes('inverted'))?.ratio).toBeCloseTo(1 / 1600, 12);
  });

  test('for redrawn numbers in the kinds’ ranges', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 278.15, max: 313.15, noNaN: true }),
        fc.double({ min: 2, max: 100, noNaN: true }),
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        fc.double({ min: 3e-9, max: 1e-7, noNaN: true }),
        fc.double({ min: 2e-7, max: 5e-5, noNaN: true }),
        fc.double({ min: 50, max: 200, noNaN: true }),
        fc.constantFrom(-2, -1, 1, 2),
        (I, T, er, V, d, r, c, z) => {
          expectMistakesApart(debyeLengthProblem, { I, T, er });
          expectMistakesApart(membraneFieldProblem, { V, d });
          expectMistakesApart(membraneCapacitanceProblem, { er: Math.min(er, 10), d });
          expectMistakesApart(ionsToChargeProblem, { r, C: 0.01, V, z });
          expectMistakesApart(chargeFractionProblem, { r, C: 0.01, V, z, c });
          expectMistakesApart(fieldRatioProblem, { erWater: 80, erLipid: Math.min(er, 10) });
        },
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

  test('the Debye length’s solution puts I in mol/m³ and T in kelvin', () => {
    const p = si('debye-length', { I: 150, T: 37, er: 74.15 });
    const markup = renderToStaticMarkup(debyeLengthProblem.steps(p, debyeLengthProblem.solve(p)));
    expect(markup).toContain('mol/m³');
    expect(markup).toContain('310.15');
    expect(markup).toContain('0.779');
  });
});
