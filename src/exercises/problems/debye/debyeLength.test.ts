import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, F, R, si, solve } from '../testing';
import { debyeLengthProblem } from './debyeLength';

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;

/** λ_D by hand, in m: I in mM = mol/m³, T in °C. */
const debyeByHand = (I: number, celsius: number, er: number) =>
  Math.sqrt((EPS0 * er * R * (celsius + 273.15)) / (2 * F * F * I));

describe('debye-length: λ_D = √(ε₀ε_rRT / (2F²I))', () => {
  test('λ_D is 0.7786 nm at 150 mM, 37 °C, ε_r 74.15, and 9.63 nm at 1 mM, 20 °C, ε_r 80', () => {
    const body = solve('debye-length', { I: 150, T: 37, er: 74.15 });
    expect(body).toBeCloseTo(debyeByHand(150, 37, 74.15), 15);
    expect(body * 1e9).toBeCloseTo(0.7786, 4);
    const pond = solve('debye-length', { I: 1, T: 20, er: 80 });
    expect(pond).toBeCloseTo(debyeByHand(1, 20, 80), 15);
    expect(pond * 1e9).toBeCloseTo(9.63, 2);
  });

  test('the usual slips are recognised for the chapter’s numbers', () => {
    const p = si('debye-length', { I: 150, T: 37, er: 74.15 });
    const answer = debyeLengthProblem.solve(p);
    const debye = debyeLengthProblem
      .mistakes(p, answer)
      .map((m) => ({ ratio: m.value / answer, code: m.code }));
    expect(debye.find((m) => m.code === 'unit')?.ratio).toBeCloseTo(Math.sqrt(1000), 9);
    expect(debye.find((m) => m.code === 'formula')?.ratio).toBeCloseTo(Math.SQRT2, 9);
    expect(debye.find((m) => m.code === 'permittivity')?.ratio).toBeCloseTo(
      1 / Math.sqrt(74.15),
      9,
    );
    // λ_D ∝ √T: 37 °C for 310.15 K scales it by √(37/310.15).
    expect(debye.find((m) => m.code === 'celsius')?.ratio).toBeCloseTo(Math.sqrt(37 / 310.15), 9);
  });

  test('its story: under a nanometre in body fluid, 9.6 nm in pond water; 10 µm is 10⁴ of them', () => {
    expect(debyeLengthProblem.story!(si('debye-length', { I: 150, T: 37, er: 74.15 }))).toEqual({
      belowNanometre: true,
      cellRadiusOrder: 4,
    });
    expect(debyeLengthProblem.story!(si('debye-length', { I: 1, T: 20, er: 80 }))).toEqual({
      belowNanometre: false,
      cellRadiusOrder: 3,
    });
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 278.15, max: 313.15, noNaN: true }),
        fc.double({ min: 2, max: 100, noNaN: true }),
        (I, T, er) => expectMistakesApart(debyeLengthProblem, { I, T, er }),
      ),
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
