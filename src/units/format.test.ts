import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatPlain, formatQuantity } from './format';
import { parseQuantity } from './parseQuantity';
import { units } from './units';

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [1, '1'],
    [-1, '−1'],
    [3.14159, '3.14'],
    [-95.0226, '−95'],
    [140, '140'],
    [4, '4'],
    [0.5, '0.5'],
    [0.001, '0.001'],
    [0.00123456, '0.00123'],
    [12345, '12300'],
    [99999, '1 × 10⁵'],
    [99949, '99900'],
    [1e5, '1 × 10⁵'],
    [1.4e7, '1.4 × 10⁷'],
    [-1.4e7, '−1.4 × 10⁷'],
    [2.5e-4, '2.5 × 10⁻⁴'],
    [-2.5e-4, '−2.5 × 10⁻⁴'],
    [0.000999, '9.99 × 10⁻⁴'],
    [0.0009999, '0.001'],
    [6.02214076e23, '6.02 × 10²³'],
    [1.602176634e-19, '1.6 × 10⁻¹⁹'],
    [5e-324, '4.94 × 10⁻³²⁴'],
    [Number.MAX_VALUE, '1.8 × 10³⁰⁸'],
  ])('writes %d as %s with three significant digits', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  test.each([
    [3.14159, 1, '3'],
    [3.14159, 5, '3.1416'],
    [-95.0226, 4, '−95.02'],
    [1.4e7, 1, '1 × 10⁷'],
    [0.1 + 0.2, 17, '0.30000000000000004'],
    [123.456, 0, '100'], // clamped to 1
    [123.456, 99, '123.456'], // clamped to 17
    [123.456, NaN, '123'], // not a number of digits: the default
    [123.456, 2.6, '123'], // rounded to 3
  ])('writes %d with %d significant digits as %s', (value, digits, expected) => {
    expect(formatNumber(value, { digits })).toBe(expected);
  });

  test.each([
    [-95.0226, 1, '−95.0'],
    [109.42815, 1, '109.4'],
    [37, 1, '37.0'],
    [0, 2, '0.00'],
    [4, 0, '4'],
    [2.5, 0, '3'],
    [-0.04, 1, '0.0'],
    [-0.0001, 1, '0.0'],
    [1e-9, 3, '0.000'],
    [99999.94, 1, '99999.9'],
    [99999.96, 1, '1.0 × 10⁵'],
    [1.4e7, 1, '1.4 × 10⁷'],
    [-1.4e7, 2, '−1.40 × 10⁷'],
    [1e21, 2, '1.00 × 10²¹'],
    [1.5, -3, '2'], // clamped to 0
    [1.5, 50, '1.50000000000000000000'], // clamped to 20
  ])('writes %d with %d decimals as %s', (value, decimals, expected) => {
    expect(formatNumber(value, { decimals })).toBe(expected);
  });

  test('lets decimals win over digits', () => {
    expect(formatNumber(3.14159, { digits: 5, decimals: 1 })).toBe('3.1');
  });

  test('writes U+2212 for minus, never a hyphen', () => {
    expect(formatNumber(-95).codePointAt(0)).toBe(0x2212);
    expect(formatNumber(-95)).not.toContain('-');
  });

  test.each([
    [-0, {}],
    [-0, { decimals: 1 }],
    [-1e-9, { decimals: 2 }],
    [-0.0004, { decimals: 3 }],
    [-0, { sign: true }],
  ])('never writes a signed zero for %d (%j)', (value, options) => {
    const text = formatNumber(value, options);
    expect(text).not.toMatch(/^[−+-]/);
    expect(text).toMatch(/^0(\.0+)?$/);
  });

  test.each([
    [109.42815, { decimals: 1, sign: true }, '+109.4'],
    [-95, { decimals: 1, sign: true }, '−95.0'],
    [0, { decimals: 1, sign: true }, '0.0'],
    [1.4e7, { sign: true }, '+1.4 × 10⁷'],
    [5, { sign: false }, '5'],
  ])('writes %d with %j as %s', (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  test('shows a dash for NaN and ∞ for infinities, never the words', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(Infinity, { sign: true })).toBe('+∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(undefined as unknown as number)).toBe('—');
    expect(formatNumber('5' as unknown as number)).toBe('—');
  });

  test('never shows NaN, Infinity, undefined, e-notation or a hyphen for any double', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.record(
          {
            digits: fc.integer({ min: -5, max: 30 }),
            decimals: fc.integer({ min: -5, max: 30 }),
            sign: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        (x, options) => {
          const text = formatNumber(x, options);
          expect(text).not.toMatch(/NaN|Infinity|undefined|e[+-]?\d|-/);
          expect(text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('keeps within the significant digits it is given', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 17 }),
        (x, digits) => {
          const mantissa = formatNumber(x, { digits }).split(' ×')[0] ?? '';
          // Trailing zeros of a whole number are not significant: 9.5 to one digit is "10".
          const written = mantissa.includes('.') ? mantissa : mantissa.replace(/0+$/, '');
          const significant = written.replace(/[−+.]/g, '').replace(/^0+/, '');
          expect(significant.length).toBeLessThanOrEqual(digits);
        },
      ),
    );
  });
});

describe('formatQuantity', () => {
  test.each([
    [-0.0950226, 'mV', { decimals: 1 }, '−95.0 mV'],
    [0.10942815, 'mV', { decimals: 1, sign: true }, '+109.4 mV'],
    [310.15, '°C', { decimals: 1 }, '37.0 °C'],
    [9254.3, 'kJ/mol', { digits: 3 }, '9.25 kJ/mol'],
    [310.15, 'K', { decimals: 1 }, '310.1 K'],
    [140, 'mM', {}, '140 mM'],
    [4, 'mM', {}, '4 mM'],
    [0.15, 'µM', {}, '150 µM'],
    [7e-10, 'nm', {}, '0.7 nm'],
    [7e-10, 'Å', {}, '7 Å'],
    [-2e-11, 'pA', {}, '−20 pA'],
    [0.01, 'µF/cm²', {}, '1 µF/cm²'],
    [0.01, 'uF/cm2', {}, '1 µF/cm²'],
    [1.4e7, 'V/m', {}, '1.4 × 10⁷ V/m'],
    [1.4e7, 'mV/nm', {}, '14 mV/nm'],
    [1e-8, 'nS', {}, '10 nS'],
    [0.5, '', {}, '0.5'],
    [1234, 'ions', {}, '1230 ions'],
    [1234567, 'ions', {}, '1.23 × 10⁶ ions'],
    [NaN, 'mV', {}, '— mV'],
  ])('writes %d in %s with %j as %s', (value, unit, options, expected) => {
    expect(formatQuantity(value, unit, options)).toBe(expected);
  });

  test('separates number and unit with one ordinary space', () => {
    expect(formatQuantity(-0.095, 'mV')).toBe('−95\u0020mV');
  });

  test('prints the canonical symbol whatever spelling it is given', () => {
    expect(formatQuantity(-0.095, 'millivolts')).toBe('−95 mV');
    expect(formatQuantity(310.15, 'degC', { decimals: 0 })).toBe('37 °C');
  });

  test('throws a RangeError naming an unknown unit', () => {
    expect(() => formatQuantity(1, 'furlongs')).toThrow(RangeError);
    expect(() => formatQuantity(1, 'furlongs')).toThrow("'furlongs'");
  });

  test('writes what parseQuantity reads back, for every unit of the table', () => {
    const symbols = [...units.values()];
    fc.assert(
      fc.property(
        fc.constantFrom(...symbols),
        fc.double({ min: -1e30, max: 1e30, noNaN: true }),
        (unit, x) => {
          const text = formatQuantity(x, unit.symbol, { digits: 17 });
          const back = parseQuantity(text, {
            dimension: unit.dimension,
            defaultUnit: unit.symbol,
          });
          expect(back.ok, text).toBe(true);
          if (!back.ok) return;
          expect(back.unit).toBe(unit.symbol);
          const tolerance = unit.symbol === '°C' ? 1e-12 : Math.abs(x) * 1e-15 + 1e-300;
          expect(Math.abs(back.value - x), text).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatPlain', () => {
  test.each([
    [7.5, 6, '7.5'],
    [450, 6, '450'],
    [37, 6, '37'],
    [0.03, 6, '0.03'],
    [1e-7, 6, '1e-7'],
    [-95, 6, '-95'],
    [0.1 + 0.2, 6, '0.3'],
    [0.1 + 0.2, 17, '0.30000000000000004'],
    [140.000001, 6, '140'],
    [123456789, 3, '123000000'],
    [2e21, 6, '2e21'],
    [-1.5e-12, 6, '-1.5e-12'],
    [Math.PI, 1, '3'],
    [Math.PI, 4, '3.142'],
    [-0, 6, '0'],
    [-1e-300, 6, '-1e-300'],
  ])('writes %d to %d digits as %s', (value, digits, expected) => {
    expect(formatPlain(value, digits)).toBe(expected);
  });

  test('is lossless by default', () => {
    expect(formatPlain(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatPlain(Math.PI)).toBe(String(Math.PI));
  });

  test('writes an empty string for NaN and infinities', () => {
    expect(formatPlain(NaN)).toBe('');
    expect(formatPlain(Infinity)).toBe('');
    expect(formatPlain(-Infinity)).toBe('');
  });

  test('clamps a digit count out of range instead of throwing', () => {
    expect(formatPlain(Math.PI, 0)).toBe('3');
    expect(formatPlain(Math.PI, 500)).toBe(String(Math.PI));
    expect(formatPlain(Math.PI, NaN)).toBe(String(Math.PI));
  });

  test('uses only URL-safe ASCII: digits, ".", "-" and "e"', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 17 }),
        (x, digits) => {
          expect(formatPlain(x, digits)).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
        },
      ),
    );
  });

  test('reads back exactly with Number() at full precision', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(formatPlain(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  test('reads back as the value rounded to the digits asked for', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 17 }),
        (x, digits) => {
          const back = Number(formatPlain(x, digits));
          const rounded = Number(x.toPrecision(digits));
          if (Number.isFinite(rounded)) expect(back).toBe(rounded || 0);
          else expect(Number.isFinite(back)).toBe(true); // see the next test
        },
      ),
    );
  });

  test('keeps more digits rather than round the largest doubles up to Infinity', () => {
    // 2e308 … 1.7977e308 are all beyond the largest double (≈ 1.7976931e308).
    expect(formatPlain(Number.MAX_VALUE, 1)).toBe('1.79769e308');
    expect(formatPlain(-Number.MAX_VALUE, 3)).toBe('-1.79769e308');
    expect(Number.isFinite(Number(formatPlain(Number.MAX_VALUE, 1)))).toBe(true);
  });

  test('is read back by parseQuantity', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = parseQuantity(formatPlain(x), { dimension: 'voltage', defaultUnit: 'V' });
        expect(back).toEqual({ ok: true, value: x === 0 ? 0 : x, unit: 'V', unitGiven: false });
      }),
    );
  });
});
