// Property tests of parseQuantity on any text: it never throws, gives only finite values,
// and reads back every number JavaScript writes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseQuantity, type ExpectedQuantity } from './parseQuantity';
import { value } from './testing';
import { units } from './units';

describe('parseQuantity on any input', () => {
  const dimensionUnits = [...units.values()];
  const expected = fc
    .constantFrom(...dimensionUnits)
    .map((u): ExpectedQuantity => ({ dimension: u.dimension, defaultUnit: u.symbol }));
  const pieces = fc.constantFrom(
    ...'0123456789.,-+−–eE×x*·^⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ µuμmMVkJ/°CKÅAnpsS()'.split(''),
    ' ',
    '\u00A0',
    '\u2009',
    '10^',
    'mV',
    'kJ/mol',
    '1e999',
  );

  test('never throws and returns finite values, for any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), expected, (text, e) => {
        const result = parseQuantity(text, e);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws for text with lone surrogates', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 40 }), expected, (text, e) => {
        const result = parseQuantity(text, e);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('never throws for text made of the characters it looks for', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), expected, (parts, e) => {
        const result = parseQuantity(parts.join(''), e);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(Object.is(result.value, -0)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('reads back exactly every double JavaScript writes', () => {
    const si: ExpectedQuantity = { dimension: 'voltage', defaultUnit: 'V' };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const exact = x === 0 ? 0 : x;
        expect(value(String(x), si)).toBe(exact);
        expect(value(`${String(x)} V`, si)).toBe(exact);
        expect(value(String(x).replace('.', ','), si)).toBe(exact);
        expect(value(String(x).replace('-', '−'), si)).toBe(exact);
        expect(value(String(x).replace('e', ' × 10^'), si)).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });

  test('reads the same number with or without the space before the unit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('mV', 'V', 'µV', 'kV', 'millivolts'),
        (x, unit) => {
          expect(value(`${String(x)}${unit}`)).toBe(value(`${String(x)} ${unit}`));
        },
      ),
    );
  });

  test('reads superscript exponents as caret exponents', () => {
    const sup = (n: number) =>
      [...String(n)].map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])).join('');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: -300, max: 300 }),
        (m, n) => {
          const text = `${String(m / 100)} × 10${sup(n)} V`;
          expect(value(text)).toBe(value(`${String(m / 100)}e${String(n)} V`));
        },
      ),
    );
  });
});
