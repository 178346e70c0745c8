import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, si, solve } from '../testing';
import { membraneCapacitanceProblem } from './membraneCapacitance';

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;

describe('membrane-capacitance: C = ε₀ε_r/d', () => {
  test('5 nm of lipid with ε_r 2 gives 0.354 µF/cm², 100 nm gives 0.0177 µF/cm²', () => {
    const thin = solve('membrane-capacitance', { er: 2, d: 5 });
    expect(thin).toBeCloseTo((EPS0 * 2) / 5e-9, 12);
    expect(thin * 100).toBeCloseTo(0.354, 3); // F/m² → µF/cm²
    expect(solve('membrane-capacitance', { er: 2, d: 100 }) * 100).toBeCloseTo(0.0177, 4);
  });

  test('the value in F/m² is recognised for the chapter’s numbers', () => {
    const p = si('membrane-capacitance', { er: 2, d: 5 });
    const answer = membraneCapacitanceProblem.solve(p);
    const capacitance = membraneCapacitanceProblem
      .mistakes(p, answer)
      .map((m) => ({ ratio: m.value / answer, code: m.code, note: m.note ?? '' }));
    expect(
      capacitance.find((m) => m.code === 'unit' && m.note.includes('value in F/m²'))?.ratio,
    ).toBeCloseTo(0.01, 12);
    expect(capacitance.find((m) => m.code === 'permittivity')?.ratio).toBeCloseTo(1 / 2, 12);
  });

  test('its story: the ideal slab falls short of the measured 1 µF/cm²', () => {
    const p = si('membrane-capacitance', { er: 2, d: 5 });
    expect(membraneCapacitanceProblem.story!(p)).toEqual({ belowMeasured: true });
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 10, noNaN: true }),
        fc.double({ min: 3e-9, max: 1e-7, noNaN: true }),
        (er, d) => expectMistakesApart(membraneCapacitanceProblem, { er, d }),
      ),
    );
  });
});
