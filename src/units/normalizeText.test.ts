import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalizeText';

describe('normalizeText', () => {
  test.each([
    ['  −95 mV  ', '-95 mV'],
    ['–95 mV', '-95 mV'],
    ['‐95', '-95'],
    ['‑95', '-95'],
    ['‒95', '-95'],
    ['﹣95', '-95'],
    ['－95', '-95'],
    ['−95\u2009mV', '-95 mV'],
    ['−95\u202FmV', '-95 mV'],
    ['−95\u00A0mV', '-95 mV'],
    ['−95 \t\n mV', '-95 mV'],
    ['9\u200B5', '95'],
    ['\uFEFF95', '95'],
    ['9\u00AD5', '95'],
    ['10⁷', '10^7'],
    ['10⁻⁵', '10^-5'],
    ['10⁺⁵', '10^+5'],
    ['10^⁷', '10^7'],
    ['cm²', 'cm^2'],
    ['s⁻¹', 's^-1'],
    ['kJ mol⁻¹', 'kJ mol^-1'],
    ['1.4 ⋅ 10⁷', '1.4 · 10^7'],
    ['1.4 ∙ 10⁷', '1.4 · 10^7'],
    ['℃', '°C'],
    ['37 ºC', '37 °C'],
    ['37 ˚C', '37 °C'],
    ['\u212B', '\u00C5'],
    ['\u03BCF', '\u00B5F'],
    ['\u00B5F', '\u00B5F'],
    ['９５ ｍＶ', '95 mV'],
    ['㎷', 'mV'],
    ['', ''],
    ['   ', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('leaves the em dash alone (it means "no value", not minus)', () => {
    expect(normalizeText('—')).toBe('—');
  });

  test('returns an empty string for a value that is not a string', () => {
    expect(normalizeText(undefined as unknown as string)).toBe('');
    expect(normalizeText(42 as unknown as string)).toBe('');
  });

  test('is idempotent on any text, including lone surrogates', () => {
    const anyUnit = fc.oneof(
      fc.constantFrom(...'⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺^µμ−–·⋅×º˚℃Å \u00A0\u2009\u200B'.split('')),
      fc.string({ unit: 'binary', maxLength: 2 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 30 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test('never leaves leading, trailing or doubled whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = normalizeText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
    );
  });
});
