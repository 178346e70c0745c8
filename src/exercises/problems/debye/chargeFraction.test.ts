import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../checkAnswer';
import { expectMistakesApart, F, si, solve } from '../testing';
import { chargeFractionProblem, chargeFractionWorking } from './chargeFraction';

// Constants written out here, so the expected values do not come from the code under test.
const E_CHARGE = 1.602176634e-19;
const N_A = 6.02214076e23;

describe('charge-fraction: the ions moved over the ions in the cell', () => {
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

  test('the usual slips are recognised for the chapter’s numbers', () => {
    const p = si('charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 });
    const f = chargeFractionProblem.solve(p);
    const fraction = chargeFractionProblem.mistakes(p, f);
    expect(fraction.find((m) => m.code === 'inverted-ratio')?.value).toBeCloseTo(1 / f, 6);
    const diameter = fraction.find((m) => m.note?.includes('diameter') && m.value > f);
    expect(diameter).toMatchObject({ code: 'geometry', value: 2 * f });
  });

  test('its story: K⁺ leaves, one ion in tens of thousands (thousands for a 0.5 µm cell)', () => {
    const story = (r: number) =>
      chargeFractionProblem.story!(si('charge-fraction', { r, C: 1, V: -70, z: 1, c: 140 }));
    // 1/64 300 and 1/3216 (above); λ_D of body fluid 0.78 nm: 10 µm is 12 800 of them.
    expect(story(10)).toEqual({
      insideNegative: true,
      oneInOrder: 4,
      belowOnePercent: true,
      radiusInDebyeLengthsOrder: 4,
    });
    expect(story(0.5)).toEqual({
      insideNegative: true,
      oneInOrder: 3,
      belowOnePercent: true,
      radiusInDebyeLengthsOrder: 2,
    });
  });

  test('the fraction may be answered in percent: 0.0311 % for the 0.5 µm cell, not 0.0311', () => {
    const p = si('charge-fraction', { r: 0.5, C: 1, V: -70, z: 1, c: 140 });
    const answer = chargeFractionProblem.solve(p);
    const spec = {
      value: answer,
      unit: '',
      dimension: 'dimensionless' as const,
      relative: 0.01,
      absolute: 0,
      mistakes: chargeFractionProblem.mistakes(p, answer),
    };
    // 1/3216 = 3.11 × 10⁻⁴ = 0.0311 %.
    expect(checkAnswer('0.0311 %', spec).verdict).toBe('correct');
    expect(checkAnswer('0,0311 %', spec).verdict).toBe('correct');
    expect(checkAnswer('0.0311 percent', spec).verdict).toBe('correct');
    expect(checkAnswer('3.11e-4', spec).verdict).toBe('correct');
    expect(checkAnswer('0.0311', spec).verdict).toBe('incorrect');
  });

  const redrawn = fc.record({
    r: fc.double({ min: 2e-7, max: 5e-5, noNaN: true }),
    C: fc.constant(0.01),
    V: fc.double({ min: -0.1, max: -0.04, noNaN: true }),
    z: fc.constantFrom(-2, -1, 1, 2),
    c: fc.double({ min: 50, max: 200, noNaN: true }),
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(fc.property(redrawn, (p) => expectMistakesApart(chargeFractionProblem, p)));
  });

  test('the worked solution’s lines hold: N_cell = c·(4/3)πr³·N_A, and N_moved/N_cell', () => {
    fc.assert(
      fc.property(redrawn, (p) => {
        const w = chargeFractionWorking(p, chargeFractionProblem.solve(p));
        expect(w.volume / ((4 / 3) * Math.PI * p.r ** 3)).toBeCloseTo(1, 12);
        expect(w.ionsInCell / (p.c * w.volume * N_A)).toBeCloseTo(1, 12);
        expect(w.ionsMoved / w.ionsInCell / w.fraction).toBeCloseTo(1, 12);
      }),
    );
  });
});
