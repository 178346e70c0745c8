import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fromSuperscriptChar, toSuperscript } from './superscript';

describe('toSuperscript', () => {
  test.each([
    [0, '⁰'],
    [1, '¹'],
    [2, '²'],
    [3, '³'],
    [7, '⁷'],
    [-5, '⁻⁵'],
    [10, '¹⁰'],
    [-19, '⁻¹⁹'],
    [1234567890, '¹²³⁴⁵⁶⁷⁸⁹⁰'],
  ])('writes %d as %s', (n, expected) => {
    expect(toSuperscript(n)).toBe(expected);
  });

  test('uses U+207B for the minus sign, not a hyphen or U+2212', () => {
    expect(toSuperscript(-1).codePointAt(0)).toBe(0x207b);
  });

  test('never writes a plus sign', () => {
    expect(toSuperscript(7)).not.toContain('⁺');
  });

  test('writes negative zero as zero', () => {
    expect(toSuperscript(-0)).toBe('⁰');
  });

  test.each([1.5, NaN, Infinity, -Infinity, 2 ** 60])(
    'refuses %d, which is not an exponent',
    (n) => {
      expect(() => toSuperscript(n)).toThrow(RangeError);
    },
  );
});

describe('fromSuperscriptChar', () => {
  test.each([
    ['⁰', '0'],
    ['¹', '1'],
    ['²', '2'],
    ['³', '3'],
    ['⁴', '4'],
    ['⁹', '9'],
    ['⁻', '-'],
    ['⁺', '+'],
  ])('reads %s as %s', (ch, expected) => {
    expect(fromSuperscriptChar(ch)).toBe(expected);
  });

  test.each(['', '1', '-', '−', 'a', '²³', '₂', '^'])('does not read %j', (ch) => {
    expect(fromSuperscriptChar(ch)).toBeUndefined();
  });

  test('reads back every integer that toSuperscript writes', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        const back = [...toSuperscript(n)].map((c) => fromSuperscriptChar(c)).join('');
        expect(Number(back)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
