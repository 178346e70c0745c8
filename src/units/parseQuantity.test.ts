import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Dimension } from './dimensions';
import { MAX_INPUT_LENGTH, parseQuantity, type ExpectedQuantity } from './parseQuantity';
import { units } from './units';

const VOLTAGE: ExpectedQuantity = { dimension: 'voltage', defaultUnit: 'mV' };
const FIELD: ExpectedQuantity = { dimension: 'field', defaultUnit: 'V/m' };
const ENERGY: ExpectedQuantity = { dimension: 'molarEnergy', defaultUnit: 'kJ/mol' };

/** The SI value parsed, failing the test with the parse result if it did not parse. */
function value(text: string, expected: ExpectedQuantity = VOLTAGE): number {
  const result = parseQuantity(text, expected);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.message}`);
  return result.value;
}

function reason(text: string, expected: ExpectedQuantity = VOLTAGE): string {
  const result = parseQuantity(text, expected);
  return result.ok ? 'ok' : result.reason;
}

function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-14);
}

describe('parseQuantity reads numbers', () => {
  test.each([
    ['−95 mV', -0.095],
    ['-95 mV', -0.095],
    ['–95 mV', -0.095],
    ['+95 mV', 0.095],
    ['95 mV', 0.095],
    ['−95mV', -0.095],
    ['-95mV', -0.095],
    ['− 95 mV', -0.095],
    ['−95', -0.095],
    ['-95.0', -0.095],
    ['−95,2 mV', -0.0952],
    ['−95.2 mV', -0.0952],
    ['-.5 V', -0.5],
    ['.5 V', 0.5],
    [',5 V', 0.5],
    ['5. V', 5],
    ['5.V', 5],
    ['007 mV', 0.007],
    ['0', 0],
    ['-0', 0],
    ['−0.0 mV', 0],
    ['  −95 mV  ', -0.095],
    ['\u00A0−95\u00A0mV\u00A0', -0.095],
    ['−95\u2009mV', -0.095],
    ['−95\u202FmV', -0.095],
    ['\u2009\u202F−95 mV\n', -0.095],
    ['−9\u200B5 mV', -0.095],
    ['\uFEFF−95 mV', -0.095],
    ['−95 mV.', -0.095],
    ['-0.095 V', -0.095],
    ['−9.5e1 mV', -0.095],
    ['−95 millivolts', -0.095],
    ['−95 mv', -0.095],
    ['−95000 µV', -0.095],
    ['−95000 uV', -0.095],
    ['-95000 μV', -0.095],
    ['1 MV', 1e6],
    ['１００ ｍＶ', 0.1],
  ])('reads %j as %d V', (text, expected) => {
    close(value(text), expected);
  });

  test.each([
    ['1.4e7', 1.4e7],
    ['1.4E7', 1.4e7],
    ['1.4e+7', 1.4e7],
    ['1.4E+7', 1.4e7],
    ['1.4e07', 1.4e7],
    ['14e6', 1.4e7],
    ['1.4×10^7', 1.4e7],
    ['1.4 × 10^7', 1.4e7],
    ['1.4x10^7', 1.4e7],
    ['1.4 x 10^7', 1.4e7],
    ['1.4X10^7', 1.4e7],
    ['1.4*10^7', 1.4e7],
    ['1.4 * 10 ^ 7', 1.4e7],
    ['1.4 · 10⁷', 1.4e7],
    ['1.4·10⁷', 1.4e7],
    ['1.4 ⋅ 10⁷', 1.4e7],
    ['1.4×10⁷', 1.4e7],
    ['1.4 × 10⁺⁷', 1.4e7],
    ['1,4 × 10⁷', 1.4e7],
    ['10^7', 1e7],
    ['10⁷', 1e7],
    ['-10^7', -1e7],
    ['10^(7)', 1e7],
    ['1.4e7 V/m', 1.4e7],
    ['1.4 × 10⁷ V/m', 1.4e7],
    ['14 mV/nm', 1.4e7],
    ['140 kV/cm', 1.4e7],
    ['14 MV/m', 1.4e7],
    ['1.4×10^4 kV/m', 1.4e7],
  ])('reads %j as %d V/m', (text, expected) => {
    close(value(text, FIELD), expected);
  });

  test.each([
    ['10⁻⁵ V', 1e-5],
    ['10^-5 V', 1e-5],
    ['10^−5 V', 1e-5],
    ['10^(-5) V', 1e-5],
    ['10^(−5) V', 1e-5],
    ['1e-5 V', 1e-5],
    ['1E-5 V', 1e-5],
    ['1e−5 V', 1e-5],
    ['2.5 × 10⁻⁴ V', 2.5e-4],
    ['−2.5 × 10⁻⁴ V', -2.5e-4],
    ['2,5e-4 V', 2.5e-4],
    ['1e-999 V', 0],
    ['0e999 V', 0],
    ['0 × 10^999 V', 0],
  ])('reads the negative power of ten in %j', (text, expected) => {
    close(value(text), expected);
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

describe('parseQuantity reads units', () => {
  test('reads a bare number in the default unit and says so', () => {
    expect(parseQuantity('−95', VOLTAGE)).toEqual({
      ok: true,
      value: -0.095,
      unit: 'mV',
      unitGiven: false,
    });
    expect(parseQuantity('−0.095', { dimension: 'voltage', defaultUnit: 'V' })).toEqual({
      ok: true,
      value: -0.095,
      unit: 'V',
      unitGiven: false,
    });
  });

  test('reports the unit given, normalised', () => {
    expect(
      parseQuantity('1 uF/cm2', { dimension: 'specificCapacitance', defaultUnit: 'µF/cm²' }),
    ).toEqual({ ok: true, value: 0.01, unit: 'µF/cm²', unitGiven: true });
    expect(parseQuantity('9.25 kJ mol⁻¹', ENERGY)).toEqual({
      ok: true,
      value: 9250,
      unit: 'kJ/mol',
      unitGiven: true,
    });
  });

  test('reports the default unit normalised when it is spelled otherwise', () => {
    const result = parseQuantity('5', { dimension: 'voltage', defaultUnit: 'millivolts' });
    expect(result).toMatchObject({ ok: true, unit: 'mV', unitGiven: false });
  });

  test.each<[string, Dimension, string, number]>([
    ['9.25 kJ/mol', 'molarEnergy', 'J/mol', 9250],
    ['9250 J/mol', 'molarEnergy', 'kJ/mol', 9250],
    ['9250 J mol^-1', 'molarEnergy', 'kJ/mol', 9250],
    ['9.25 kJ·mol⁻¹', 'molarEnergy', 'kJ/mol', 9250],
    ['2.21 kcal/mol', 'molarEnergy', 'kJ/mol', 9246.64],
    ['0.7 nm', 'length', 'nm', 7e-10],
    ['7 Å', 'length', 'nm', 7e-10],
    ['7 Angstrom', 'length', 'nm', 7e-10],
    ['7Å', 'length', 'nm', 7e-10],
    ['−20 pA', 'current', 'pA', -2e-11],
    ['-0.02 nA', 'current', 'pA', -2e-11],
    ['1 µF/cm²', 'specificCapacitance', 'µF/cm²', 0.01],
    ['1 uF/cm2', 'specificCapacitance', 'µF/cm²', 0.01],
    ['1 µF/cm^2', 'specificCapacitance', 'µF/cm²', 0.01],
    ['0.01 F/m²', 'specificCapacitance', 'µF/cm²', 0.01],
    ['0.01 F/m2', 'specificCapacitance', 'µF/cm²', 0.01],
    ['1', 'specificCapacitance', 'µF/cm²', 0.01],
    ['10 pF', 'capacitance', 'pF', 1e-11],
    ['0.01 C/m²', 'chargeDensity', 'C/m²', 0.01],
    ['1 µC/cm²', 'chargeDensity', 'C/m²', 0.01],
    ['1.6e-19 C', 'charge', 'C', 1.6e-19],
    ['140 mM', 'concentration', 'mM', 140],
    ['140 mmol/L', 'concentration', 'mM', 140],
    ['140 mmol/l', 'concentration', 'mM', 140],
    ['0.14 M', 'concentration', 'mM', 140],
    ['0.14 mol/L', 'concentration', 'mM', 140],
    ['140000 µM', 'concentration', 'mM', 140],
    ['140', 'concentration', 'mM', 140],
    ['37 °C', 'temperature', '°C', 310.15],
    ['37°C', 'temperature', '°C', 310.15],
    ['37 ℃', 'temperature', '°C', 310.15],
    ['37 degC', 'temperature', '°C', 310.15],
    ['37 deg C', 'temperature', '°C', 310.15],
    ['37', 'temperature', '°C', 310.15],
    ['310.15 K', 'temperature', '°C', 310.15],
    ['310.15 kelvin', 'temperature', '°C', 310.15],
    ['310.15', 'temperature', 'K', 310.15],
    ['−5 °C', 'temperature', 'K', 268.15],
    ['10 nS', 'conductance', 'nS', 1e-8],
    ['5 ms', 'time', 's', 0.005],
    ['2 min', 'time', 's', 120],
    ['100 /s', 'rate', '1/s', 100],
    ['100 1/s', 'rate', '1/s', 100],
    ['100/s', 'rate', '1/s', 100],
    ['100 s⁻¹', 'rate', '1/s', 100],
    ['100 Hz', 'rate', '1/s', 100],
    ['1e-6 cm/s', 'permeability', 'm/s', 1e-8],
    ['0.5', 'dimensionless', '', 0.5],
    ['1000', 'count', '', 1000],
    ['1000 ions', 'count', '', 1000],
    ['1000', 'count', 'ions', 1000],
  ])('reads %j as a %s (default %s) of %d in SI', (text, dimension, defaultUnit, expected) => {
    close(value(text, { dimension, defaultUnit }), expected);
  });
});

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
    '5 %',
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
