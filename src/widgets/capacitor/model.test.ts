import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState } from '../params';
import { presetState } from '../testing';
import { capacitorWidget } from './definition';
import { capacitorResults, ionCountBars, matchesMeasured } from './model';
import { CAPACITOR_PARAMS } from './capacitorParams';

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;
const E_CHARGE = 1.602176634e-19;
const N_A = 6.02214076e23;

describe('the capacitor widget’s results', () => {
  test('the neuron: 0.354 µF/cm², −1.4 × 10⁷ V/m, and the ions a 10 µm cell moves', () => {
    const { capacitance, field, chargeDensity, cell } = capacitorResults(
      defaultState(CAPACITOR_PARAMS),
    );
    const c = (EPS0 * 2) / 5e-9;
    expect(capacitance).toBeCloseTo(c, 15);
    expect(capacitance * 100).toBeCloseTo(0.354, 3); // µF/cm²
    expect(field).toBeCloseTo(-0.07 / 5e-9, 3);
    expect(chargeDensity).toBeCloseTo(c * -0.07, 15);
    const moved = (c * 4 * Math.PI * 1e-10 * 0.07) / E_CHARGE;
    const inCell = 140 * (4 / 3) * Math.PI * 1e-15 * N_A;
    expect(cell.ionsMoved / moved).toBeCloseTo(1, 12);
    expect(cell.ionsInCell / inCell).toBeCloseTo(1, 12);
    expect(cell.fraction / (moved / inCell)).toBeCloseTo(1, 12);
  });

  test('the measured preset gives 1.0 µF/cm² and 5.5 million ions, 1 in 64 000', () => {
    const { capacitance, cell } = capacitorResults(presetState(capacitorWidget, 'measured'));
    expect(capacitance * 100).toBeCloseTo(((EPS0 * 5) / 4.4e-9) * 100, 12);
    expect(capacitance * 100).toBeCloseTo(1.006, 3);
    expect(cell.ionsMoved / 1e6).toBeCloseTo(5.52, 2);
    expect(1 / cell.fraction).toBeCloseTo(64_000, -3);
  });

  test('the small cell moves a twentyfold larger fraction, about 1 in 3200', () => {
    const { cell } = capacitorResults(presetState(capacitorWidget, 'small-cell'));
    expect(1 / cell.fraction).toBeCloseTo(3200, -2);
  });

  test('myelin (100 nm) has a twentieth of the 5 nm capacitance, 0.0177 µF/cm²', () => {
    const { capacitance } = capacitorResults(presetState(capacitorWidget, 'myelin'));
    expect(capacitance * 100).toBeCloseTo(0.0177, 4);
  });
});

describe('the capacitor widget against the measured 1 µF/cm²', () => {
  test('the 5 nm, ε_r 2 slab gives ε₀·2/5 nm ÷ 0.01 F/m² = 0.354 times the measured value', () => {
    const { ratioToMeasured } = capacitorResults(defaultState(CAPACITOR_PARAMS));
    expect(ratioToMeasured).toBeCloseTo((EPS0 * 2) / 5e-9 / 0.01, 12);
    expect(matchesMeasured(ratioToMeasured)).toBe(false);
  });

  test('the measured preset, ε₀·5/4.4 nm = 1.006 µF/cm², matches it', () => {
    const { ratioToMeasured } = capacitorResults(presetState(capacitorWidget, 'measured'));
    expect(ratioToMeasured).toBeCloseTo(1.006, 3);
    expect(matchesMeasured(ratioToMeasured)).toBe(true);
  });

  test('a slab matches within 5 % either way, and not beyond', () => {
    expect(matchesMeasured(0.951)).toBe(true);
    expect(matchesMeasured(1.049)).toBe(true);
    expect(matchesMeasured(0.949)).toBe(false);
    expect(matchesMeasured(1.051)).toBe(false);
  });
});

describe('the bars of ions moved against ions in the cell', () => {
  test('1.94 × 10⁶ moved of 3.53 × 10¹¹ span the decades 1 to 10¹², 5.26 decades apart', () => {
    const bars = ionCountBars(1.94e6, 3.53e11);
    expect(bars.domain).toEqual([1, 1e12]);
    expect(bars.movedShown).toBe(true);
    expect(bars.decadesShort).toBeCloseTo(Math.log10(3.53e11 / 1.94e6), 12);
    expect(bars.decadesShort).toBeCloseTo(5.26, 2);
  });

  test('a count of exactly 10¹¹ ends inside the axis, which runs a decade further', () => {
    expect(ionCountBars(100, 1e11).domain).toEqual([1, 1e12]);
  });

  test('at 0 mV the axis starts at 10⁻³ ions, the moved bar is not drawn and nothing falls short', () => {
    const bars = ionCountBars(0, 3.53e11);
    expect(bars.domain[0]).toBeCloseTo(1e-3, 15);
    expect(bars.movedShown).toBe(false);
    expect(bars.decadesShort).toBeNull();
  });

  test('a fraction of an ion moved starts the axis at the decade below it', () => {
    const bars = ionCountBars(0.05, 20);
    expect(bars.domain[0]).toBeCloseTo(0.01, 15);
    expect(bars.domain[1]).toBeCloseTo(100, 12);
    expect(bars.movedShown).toBe(true);
  });

  test('for any counts the axis holds both bars, from whole decades', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e15, noNaN: true }),
        fc.double({ min: 1, max: 1e15, noNaN: true }),
        (moved, inCell) => {
          const [lo, hi] = ionCountBars(moved, inCell).domain;
          expect(lo).toBeLessThanOrEqual(Math.max(moved, 1e-3) * (1 + 1e-12));
          expect(lo).toBeLessThanOrEqual(1);
          expect(hi).toBeGreaterThan(Math.max(moved, inCell));
          for (const end of [lo, hi]) {
            expect(Math.abs(Math.log10(end) - Math.round(Math.log10(end)))).toBeLessThan(1e-9);
          }
        },
      ),
    );
  });
});
