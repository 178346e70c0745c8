// Unit tests of how parseQuantity reads the number: signs, decimal commas, powers of ten
// written every way a reader might, and the SI value it gives.
import { describe, expect, test } from 'vitest';
import { eachSpelling, expectClose, FIELD, value } from './testing';

describe('parseQuantity reads numbers', () => {
  test.each(
    eachSpelling([
      [['−95 mV', '-95 mV', '–95 mV'], -0.095],
      [['+95 mV', '95 mV'], 0.095],
      [['−95mV', '-95mV', '− 95 mV', '−95', '-95.0'], -0.095],
      [['−95,2 mV', '−95.2 mV'], -0.0952],
      [['-.5 V'], -0.5],
      [['.5 V', ',5 V'], 0.5],
      [['5. V', '5.V'], 5],
      [['007 mV'], 0.007],
      [['0', '-0', '−0.0 mV'], 0],
      [
        [
          '  −95 mV  ',
          '\u00A0−95\u00A0mV\u00A0',
          '−95\u2009mV',
          '−95\u202FmV',
          '\u2009\u202F−95 mV\n',
          '−9\u200B5 mV',
          '\uFEFF−95 mV',
          '−95 mV.',
          '-0.095 V',
          '−9.5e1 mV',
          '−95 millivolts',
          '−95 mv',
          '−95000 µV',
          '−95000 uV',
          '-95000 μV',
        ],
        -0.095,
      ],
      [['1 MV'], 1e6],
      [['１００ ｍＶ'], 0.1],
    ]),
  )('reads %j as %d V', (text, expected) => {
    expectClose(value(text), expected);
  });

  test.each(
    eachSpelling([
      [
        [
          '1.4e7',
          '1.4E7',
          '1.4e+7',
          '1.4E+7',
          '1.4e07',
          '14e6',
          '1.4×10^7',
          '1.4 × 10^7',
          '1.4x10^7',
          '1.4 x 10^7',
          '1.4X10^7',
          '1.4*10^7',
          '1.4 * 10 ^ 7',
          '1.4 · 10⁷',
          '1.4·10⁷',
          '1.4 ⋅ 10⁷',
          '1.4×10⁷',
          '1.4 × 10⁺⁷',
          '1,4 × 10⁷',
        ],
        1.4e7,
      ],
      [['10^7', '10⁷'], 1e7],
      [['-10^7'], -1e7],
      [['10^(7)'], 1e7],
      [['1.4e7 V/m', '1.4 × 10⁷ V/m', '14 mV/nm', '140 kV/cm', '14 MV/m', '1.4×10^4 kV/m'], 1.4e7],
    ]),
  )('reads %j as %d V/m', (text, expected) => {
    expectClose(value(text, FIELD), expected);
  });

  test.each(
    eachSpelling([
      [
        ['10⁻⁵ V', '10^-5 V', '10^−5 V', '10^(-5) V', '10^(−5) V', '1e-5 V', '1E-5 V', '1e−5 V'],
        1e-5,
      ],
      [['2.5 × 10⁻⁴ V'], 2.5e-4],
      [['−2.5 × 10⁻⁴ V'], -2.5e-4],
      [['2,5e-4 V'], 2.5e-4],
      [['1e-999 V', '0e999 V', '0 × 10^999 V'], 0],
    ]),
  )('reads the negative power of ten in %j', (text, expected) => {
    expectClose(value(text), expected);
  });

  test('converts 1.4 × 10⁷ with one rounding, exactly as 1.4e7', () => {
    expect(value('1.4 × 10⁷', FIELD)).toBe(1.4e7);
    expect(value('1.1 × 10⁻⁷ V')).toBe(1.1e-7);
    expect(value('3 × 10⁻¹⁹ V')).toBe(3e-19);
  });

  test('reads −95 mV as exactly the double nearest −0.095 V', () => {
    expect(value('−95 mV')).toBe(-0.095);
  });

  test('reads a comma always as a decimal separator, never as thousands', () => {
    expect(value('1,000 V')).toBe(1);
    expect(value('1,5 V')).toBe(1.5);
    expect(value('0,001 V')).toBe(0.001);
  });

  test('returns 0 rather than −0', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
    expect(Object.is(value('−0,0 V'), 0)).toBe(true);
    expect(Object.is(value('-1e-999 V'), 0)).toBe(true);
  });
});
