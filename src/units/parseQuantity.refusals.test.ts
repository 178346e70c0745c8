// Unit tests of what parseQuantity refuses, and why it says so: blank text, no number or
// more than one, unknown units, the wrong dimension, infinite values and text too long.
import { describe, expect, test } from 'vitest';
import { MAX_INPUT_LENGTH, parseQuantity, type ExpectedQuantity } from './parseQuantity';
import { ENERGY, FIELD, VOLTAGE } from './testing';

/** Why the text was refused, or "ok" when it parsed. */
function reason(text: string, expected: ExpectedQuantity = VOLTAGE): string {
  const result = parseQuantity(text, expected);
  return result.ok ? 'ok' : result.reason;
}

describe('parseQuantity refuses', () => {
  test.each(['', '   ', '\u00A0', '\u2009\u202F', '\t\n', '\u200B'])(
    'blank input %j as empty',
    (text) => {
      expect(reason(text)).toBe('empty');
    },
  );

  test.each([
    'abc',
    'mV',
    '--',
    '-',
    '+',
    '−',
    '.',
    ',',
    'e7',
    'E7',
    '-e7',
    'x10^7',
    '× 10^7',
    '^7',
    'NaN',
    'Infinity',
    '-Infinity',
    'one',
    '−−95',
    '+-95',
    '- -95',
    '≈ −95 mV',
    'E = −95 mV',
    'mV 95',
    '0x1A',
    '∞',
    '—',
  ])('%j as having no number', (text) => {
    expect(reason(text)).toBe('no-number');
  });

  test.each([
    '1 2 mV',
    '1 2',
    '5-3',
    '5 - 3',
    '5−3',
    '5 +3',
    '1,000.5',
    '1.000,5',
    '1,2,3',
    '1.2.3',
    '96 485',
    '96\u2009485',
    '1/2 mV',
    '2 × 3',
    '2x3',
    '5 .5',
    '5 ,5',
    '5 ^2',
    '5 10^',
    '5 ×10',
    '½',
    '1⁄2 mV',
  ])('%j as more than one number', (text) => {
    const result = parseQuantity(text, VOLTAGE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('no-number');
    expect(result.message).toMatch(/could not read one number/i);
  });

  test('explains the decimal comma when a comma makes two numbers', () => {
    const result = parseQuantity('1,000,000', VOLTAGE);
    expect(result).toMatchObject({ ok: false, reason: 'no-number' });
    if (!result.ok) expect(result.message).toContain('comma');
  });

  test.each([
    '5 xyz',
    '5 MM',
    '5 mvolts',
    '5e',
    '5eV',
    '5 %%',
    '5 mV mV',
    '5 m V',
    '5 mV)',
    '5 <b>mV</b>',
    '5 mV^',
    '5 mV²',
    '5 kV/mV/s',
    '5 ×',
    '5 x',
  ])('%j as an unknown unit', (text) => {
    expect(reason(text)).toBe('unknown-unit');
  });

  test('names the unknown unit and what was expected', () => {
    const result = parseQuantity('5 xyz', VOLTAGE);
    expect(result).toEqual({
      ok: false,
      reason: 'unknown-unit',
      message: "Unknown unit 'xyz'. Expected a voltage in mV or V, such as −95 mV.",
    });
  });

  test.each<[string, ExpectedQuantity, string]>([
    ['9.25 kJ/mol', VOLTAGE, "Expected a voltage (such as −95 mV); 'kJ/mol' is a molar energy."],
    ['−95 mV', ENERGY, "Expected a molar energy (such as 9.25 kJ/mol); 'mV' is a voltage."],
    ['3 nm', VOLTAGE, "Expected a voltage (such as −95 mV); 'nm' is a length."],
    ['1.4e7 V/m', VOLTAGE, "Expected a voltage (such as −95 mV); 'V/m' is an electric field."],
    ['5 mV', FIELD, "Expected an electric field (such as 1.4e7 V/m); 'mV' is a voltage."],
    [
      '5 mV',
      { dimension: 'dimensionless', defaultUnit: '' },
      "Expected a plain number with no unit (such as 0.5); 'mV' is a voltage.",
    ],
    [
      '5 ions',
      { dimension: 'dimensionless', defaultUnit: '' },
      "Expected a plain number with no unit (such as 0.5); 'ions' is a count.",
    ],
  ])('%j as the wrong dimension, saying so', (text, expected, message) => {
    expect(parseQuantity(text, expected)).toEqual({
      ok: false,
      reason: 'wrong-dimension',
      message,
    });
  });

  test('calls out C typed for °C', () => {
    const result = parseQuantity('37 C', { dimension: 'temperature', defaultUnit: '°C' });
    expect(result).toMatchObject({ ok: false, reason: 'wrong-dimension' });
    if (!result.ok) expect(result.message).toContain('°C');
  });

  test('calls out mm typed for mM', () => {
    const concentration: ExpectedQuantity = { dimension: 'concentration', defaultUnit: 'mM' };
    for (const text of ['140 mm', '140 MM']) {
      const result = parseQuantity(text, concentration);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('write mM');
    }
  });

  test('calls out A typed for Å', () => {
    const result = parseQuantity('7 A', { dimension: 'length', defaultUnit: 'nm' });
    expect(result).toMatchObject({ ok: false, reason: 'wrong-dimension' });
    if (!result.ok) expect(result.message).toContain('Å');
  });

  test('calls out ns typed for nS', () => {
    const result = parseQuantity('10 ns', { dimension: 'conductance', defaultUnit: 'nS' });
    expect(result).toMatchObject({ ok: false, reason: 'wrong-dimension' });
    if (!result.ok) expect(result.message).toContain('(nS)');
  });

  test.each(['1e999', '-1e999', '1e999 mV', '10^999', '1 × 10^400', '1e308 MV', '9'.repeat(400)])(
    '%j as not finite',
    (text) => {
      // Very long digit strings are refused as too long before they are read.
      expect(reason(text)).toBe(text.length > MAX_INPUT_LENGTH ? 'too-long' : 'not-finite');
    },
  );

  test('refuses input over 100 characters as too long', () => {
    expect(reason(`${'1'.repeat(99)}V`)).toBe('ok');
    expect(reason(`${'1'.repeat(100)}V`)).toBe('too-long');
    expect(reason(' '.repeat(101))).toBe('too-long');
    expect(reason('x'.repeat(1_000_000))).toBe('too-long');
  });

  test('counts characters, not UTF-16 code units, against the limit', () => {
    const emoji = '😀'.repeat(60); // 60 characters, 120 code units
    expect(reason(emoji)).toBe('no-number');
    expect(reason('😀'.repeat(101))).toBe('too-long');
  });

  test('treats a value that is not a string as empty', () => {
    expect(reason(undefined as unknown as string)).toBe('empty');
    expect(reason(null as unknown as string)).toBe('empty');
    expect(reason(42 as unknown as string)).toBe('empty');
  });

  test('throws a RangeError for a default unit that does not fit the dimension', () => {
    expect(() => parseQuantity('5', { dimension: 'voltage', defaultUnit: 'nm' })).toThrow(
      RangeError,
    );
    expect(() => parseQuantity('5', { dimension: 'voltage', defaultUnit: 'xyz' })).toThrow(
      RangeError,
    );
    expect(() => parseQuantity('5', { dimension: 'voltage', defaultUnit: '' })).toThrow(RangeError);
  });

  test('gives every failure a message of its own', () => {
    for (const text of ['', 'abc', '1 2', '5 xyz', '5 nm', '1e999', 'x'.repeat(200)]) {
      const result = parseQuantity(text, VOLTAGE);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });
});
