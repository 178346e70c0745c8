import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { celsiusToKelvin, fromSI, kelvinToCelsius, toSI } from './convert';
import { units } from './units';

/** Equal to within a few units in the last place (relative), or 1e-12 absolute near 0. */
function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    Math.max(Math.abs(expected) * 1e-15, 1e-12),
  );
}

describe('toSI', () => {
  test.each([
    [-95, 'mV', -0.095],
    [-95, 'V', -95],
    [109.4, 'mV', 0.1094],
    [9.25, 'kJ/mol', 9250],
    [1, 'kcal/mol', 4184],
    [3, 'nm', 3e-9],
    [5, 'Å', 5e-10],
    [-20, 'pA', -20e-12],
    [1, 'µF/cm²', 0.01],
    [1, 'uF/cm2', 0.01],
    [1.4e7, 'V/m', 1.4e7],
    [1, 'kV/cm', 1e5],
    [1, 'mV/nm', 1e6],
    [1, 'µC/cm²', 0.01],
    [140, 'mM', 140],
    [0.14, 'M', 140],
    [0.14, 'mol/L', 140],
    [140, 'mmol/l', 140],
    [150, 'µM', 0.15],
    [37, '°C', 310.15],
    [37, '℃', 310.15],
    [0, '°C', 273.15],
    [-273.15, '°C', 0],
    [310.15, 'K', 310.15],
    [10, 'nS', 1e-8],
    [5, 'ms', 0.005],
    [2, 'min', 120],
    [100, '1/s', 100],
    [100, 'Hz', 100],
    [1, '1/ms', 1000],
    [1e-6, 'cm/s', 1e-8],
    [0.5, '', 0.5],
    [1000, 'ions', 1000],
  ])('converts %d %s to %d in SI', (value, unit, expected) => {
    expectClose(toSI(value, unit), expected);
  });

  test('divides by 1000 for mV, so −95 mV is the double nearest −0.095', () => {
    expect(toSI(-95, 'mV')).toBe(-0.095);
    expect(toSI(1, 'mV')).toBe(0.001);
    expect(toSI(140, 'µM')).toBe(0.14);
  });

  test('adds 273.15 exactly for °C', () => {
    expect(toSI(37, '°C')).toBe(37 + 273.15);
    expect(toSI(25, '°C')).toBe(298.15);
  });

  test('passes non-finite values through', () => {
    expect(toSI(NaN, 'mV')).toBeNaN();
    expect(toSI(Infinity, 'mV')).toBe(Infinity);
    expect(toSI(-Infinity, '°C')).toBe(-Infinity);
  });

  test('overflows to Infinity only when the SI value really is out of range', () => {
    expect(toSI(1e308, 'MV')).toBe(Infinity);
    expect(toSI(1e306, 'cal/mol')).toBeCloseTo(4.184e306, -300);
    expect(Number.isFinite(toSI(1e306, 'cal/mol'))).toBe(true);
  });

  test.each(['xyz', 'MM', '', 'mV mV', 'C°'].filter((u) => u !== ''))(
    'throws a RangeError naming the unknown unit %j',
    (unit) => {
      expect(() => toSI(1, unit)).toThrow(RangeError);
      expect(() => toSI(1, unit)).toThrow(`'${unit}'`);
    },
  );
});

describe('fromSI', () => {
  test.each([
    [-0.095, 'mV', -95],
    [0.10942815, 'mV', 109.42815],
    [9254.3, 'kJ/mol', 9.2543],
    [3e-9, 'nm', 3],
    [0.01, 'µF/cm²', 1],
    [1e6, 'MV/m', 1],
    [140, 'mM', 140],
    [140, 'M', 0.14],
    [310.15, '°C', 37],
    [273.15, '°C', 0],
    [0, '°C', -273.15],
    [310.15, 'K', 310.15],
    [120, 'min', 2],
  ])('converts %d SI to %d %s', (value, unit, expected) => {
    expectClose(fromSI(value, unit), expected);
  });

  test('throws a RangeError naming an unknown unit', () => {
    expect(() => fromSI(1, 'furlong')).toThrow(RangeError);
    expect(() => fromSI(1, 'furlong')).toThrow("'furlong'");
  });

  test('undoes toSI for every unit of the table, to within rounding', () => {
    const symbols = [...units.keys()];
    fc.assert(
      fc.property(
        fc.constantFrom(...symbols),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (unit, x) => {
          const back = fromSI(toSI(x, unit), unit);
          // °C loses the digits below 273.15's last place; the others are relative.
          const tolerance = unit === '°C' ? 1e-12 : Math.abs(x) * 1e-15 + 1e-300;
          expect(Math.abs(back - x)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('celsiusToKelvin and kelvinToCelsius', () => {
  test.each([
    [0, 273.15],
    [37, 310.15],
    [25, 298.15],
    [-273.15, 0],
    [100, 373.15],
  ])('puts %d °C at %d K', (c, k) => {
    expect(celsiusToKelvin(c)).toBeCloseTo(k, 12);
    expect(kelvinToCelsius(k)).toBeCloseTo(c, 12);
  });

  test('agree with toSI and fromSI for °C', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: 1000, noNaN: true }), (c) => {
        expect(celsiusToKelvin(c)).toBe(toSI(c, '°C'));
        expect(kelvinToCelsius(c)).toBe(fromSI(c, '°C'));
      }),
    );
  });

  test('do not refuse temperatures below absolute zero (that check is the caller’s)', () => {
    expect(celsiusToKelvin(-300)).toBeCloseTo(-26.85, 12);
  });

  test('pass NaN through', () => {
    expect(celsiusToKelvin(NaN)).toBeNaN();
    expect(kelvinToCelsius(NaN)).toBeNaN();
  });
});
