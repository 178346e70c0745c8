import { describe, expect, test } from 'vitest';
import { readFieldValue } from './readFieldValue';

const celsius = { unit: '°C', dimension: 'temperature', min: 0, max: 45 } as const;
const millivolts = { unit: 'mV', dimension: 'voltage', min: -150, max: 150 } as const;
const millimolar = { unit: 'mM', dimension: 'concentration', min: 1e-5, max: 1000 } as const;
const ratio = { unit: '', dimension: 'dimensionless', min: 1e-4, max: 100 } as const;

describe('readFieldValue', () => {
  test('reads a bare number in the field’s own unit, not in SI', () => {
    expect(readFieldValue('37', celsius)).toEqual({ value: 37 });
    expect(readFieldValue('−70', millivolts)).toEqual({ value: -70 });
    expect(readFieldValue('140', millimolar)).toEqual({ value: 140 });
    expect(readFieldValue('0,05', ratio)).toEqual({ value: 0.05 });
  });

  test('converts another unit of the same dimension into the field’s unit', () => {
    const kelvin = readFieldValue('310.15 K', celsius);
    expect('value' in kelvin && kelvin.value).toBeCloseTo(37, 10);
    const volts = readFieldValue('-0.07 V', millivolts);
    expect('value' in volts && volts.value).toBeCloseTo(-70, 10);
    const molar = readFieldValue('0.14 M', millimolar);
    expect('value' in molar && molar.value).toBeCloseTo(140, 10);
  });

  test('says what range it takes when a value is outside it', () => {
    expect(readFieldValue('60', celsius)).toEqual({ error: 'Enter a value from 0 to 45 °C.' });
    expect(readFieldValue('2000', millimolar)).toMatchObject({
      error: expect.stringContaining('1000 mM'),
    });
  });

  test('shows nothing for a blank field and an error for text it cannot read', () => {
    expect(readFieldValue('', celsius)).toEqual({ error: null });
    expect(readFieldValue('abc', celsius)).toMatchObject({ error: expect.any(String) });
    expect(readFieldValue('5 kJ/mol', millivolts)).toMatchObject({ error: expect.any(String) });
  });
});
