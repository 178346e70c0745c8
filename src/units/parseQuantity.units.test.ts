// Unit tests of how parseQuantity reads the unit: the default unit for a bare number, the
// unit it reports, and every spelling of each dimension's units.
import { describe, expect, test } from 'vitest';
import type { Dimension } from './dimensions';
import { parseQuantity } from './parseQuantity';
import { eachSpelling, ENERGY, expectClose, value, VOLTAGE } from './testing';

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

  test('reads a percentage only where a pure number is asked, not as a count of ions', () => {
    expect(parseQuantity('5 %', { dimension: 'count', defaultUnit: '' })).toMatchObject({
      ok: false,
      reason: 'wrong-dimension',
    });
    expect(parseQuantity('5 %', VOLTAGE)).toMatchObject({ ok: false, reason: 'wrong-dimension' });
  });

  test('reports the default unit normalised when it is spelled otherwise', () => {
    const result = parseQuantity('5', { dimension: 'voltage', defaultUnit: 'millivolts' });
    expect(result).toMatchObject({ ok: true, unit: 'mV', unitGiven: false });
  });

  test.each(
    eachSpelling<[Dimension, string, number]>([
      [['9.25 kJ/mol'], 'molarEnergy', 'J/mol', 9250],
      [['9250 J/mol', '9250 J mol^-1', '9.25 kJ·mol⁻¹'], 'molarEnergy', 'kJ/mol', 9250],
      [['2.21 kcal/mol'], 'molarEnergy', 'kJ/mol', 9246.64],
      [['0.7 nm', '7 Å', '7 Angstrom', '7Å'], 'length', 'nm', 7e-10],
      [['−20 pA', '-0.02 nA'], 'current', 'pA', -2e-11],
      [
        ['1 µF/cm²', '1 uF/cm2', '1 µF/cm^2', '0.01 F/m²', '0.01 F/m2', '1'],
        'specificCapacitance',
        'µF/cm²',
        0.01,
      ],
      [['10 pF'], 'capacitance', 'pF', 1e-11],
      [['0.01 C/m²', '1 µC/cm²'], 'chargeDensity', 'C/m²', 0.01],
      [['1.6e-19 C'], 'charge', 'C', 1.6e-19],
      [
        ['140 mM', '140 mmol/L', '140 mmol/l', '0.14 M', '0.14 mol/L', '140000 µM', '140'],
        'concentration',
        'mM',
        140,
      ],
      [
        ['37 °C', '37°C', '37 ℃', '37 degC', '37 deg C', '37', '310.15 K', '310.15 kelvin'],
        'temperature',
        '°C',
        310.15,
      ],
      [['310.15'], 'temperature', 'K', 310.15],
      [['−5 °C'], 'temperature', 'K', 268.15],
      [['10 nS'], 'conductance', 'nS', 1e-8],
      [['5 ms'], 'time', 's', 0.005],
      [['2 min'], 'time', 's', 120],
      [['100 /s', '100 1/s', '100/s', '100 s⁻¹', '100 Hz'], 'rate', '1/s', 100],
      [['1e-6 cm/s'], 'permeability', 'm/s', 1e-8],
      [['0.5', '50 %', '50%'], 'dimensionless', '', 0.5],
      [['4.3 %', '4,3 %', '4.3 percent', '4.3 per cent', '0.043'], 'dimensionless', '', 0.043],
      [['1000', '1000 ions'], 'count', '', 1000],
      [['1000'], 'count', 'ions', 1000],
    ]),
  )('reads %j as a %s (default %s) of %d in SI', (text, dimension, defaultUnit, expected) => {
    expectClose(value(text, { dimension, defaultUnit }), expected);
  });
});
