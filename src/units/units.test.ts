import { describe, expect, test } from 'vitest';
import { composeSymbol, unitAtoms, units, ZERO_CELSIUS } from './units';

function unit(symbol: string) {
  const found = units.get(symbol);
  if (found === undefined) throw new Error(`no unit ${symbol}`);
  return found;
}

describe('units', () => {
  test.each([
    ['V', 'voltage', 1],
    ['mV', 'voltage', 1e-3],
    ['µV', 'voltage', 1e-6],
    ['kV', 'voltage', 1e3],
    ['MV', 'voltage', 1e6],
    ['J/mol', 'molarEnergy', 1],
    ['kJ/mol', 'molarEnergy', 1e3],
    ['cal/mol', 'molarEnergy', 4.184],
    ['kcal/mol', 'molarEnergy', 4184],
    ['m', 'length', 1],
    ['nm', 'length', 1e-9],
    ['µm', 'length', 1e-6],
    ['cm', 'length', 1e-2],
    ['Å', 'length', 1e-10],
    ['A', 'current', 1],
    ['pA', 'current', 1e-12],
    ['nA', 'current', 1e-9],
    ['A/m²', 'currentDensity', 1],
    ['µA/cm²', 'currentDensity', 1e-2],
    ['pA/µm²', 'currentDensity', 1],
    ['F/m²', 'specificCapacitance', 1],
    ['µF/cm²', 'specificCapacitance', 1e-2],
    ['F', 'capacitance', 1],
    ['pF', 'capacitance', 1e-12],
    ['V/m', 'field', 1],
    ['kV/cm', 'field', 1e5],
    ['MV/m', 'field', 1e6],
    ['mV/nm', 'field', 1e6],
    ['C/m²', 'chargeDensity', 1],
    ['µC/cm²', 'chargeDensity', 1e-2],
    ['C', 'charge', 1],
    ['pC', 'charge', 1e-12],
    ['mM', 'concentration', 1],
    ['M', 'concentration', 1e3],
    ['µM', 'concentration', 1e-3],
    ['nM', 'concentration', 1e-6],
    ['mol/L', 'concentration', 1e3],
    ['mmol/L', 'concentration', 1],
    ['mol/m³', 'concentration', 1],
    ['mol/dm³', 'concentration', 1e3],
    ['K', 'temperature', 1],
    ['°C', 'temperature', 1],
    ['S', 'conductance', 1],
    ['nS', 'conductance', 1e-9],
    ['pS', 'conductance', 1e-12],
    ['mS', 'conductance', 1e-3],
    ['s', 'time', 1],
    ['ms', 'time', 1e-3],
    ['min', 'time', 60],
    ['h', 'time', 3600],
    ['1/s', 'rate', 1],
    ['1/ms', 'rate', 1e3],
    ['1/min', 'rate', 1 / 60],
    ['Hz', 'rate', 1],
    ['m/s', 'permeability', 1],
    ['cm/s', 'permeability', 1e-2],
    ['', 'dimensionless', 1],
    ['ions', 'count', 1],
  ])('defines %j as a %s with factor %d', (symbol, dimension, factor) => {
    const u = unit(symbol);
    expect(u.symbol).toBe(symbol);
    expect(u.dimension).toBe(dimension);
    expect(u.factor).toBe(factor);
  });

  test('gives °C the offset 273.15 and every other unit none', () => {
    expect(ZERO_CELSIUS).toBe(273.15);
    expect(unit('°C').offset).toBe(273.15);
    for (const u of units.values()) if (u.symbol !== '°C') expect(u.offset).toBe(0);
  });

  test('keeps every factor as a ratio of exact integers', () => {
    // Powers of ten up to 10²² are exact doubles even beyond 2⁵³ (C/nm² is 10¹⁸ C/m²).
    for (const u of units.values()) {
      expect(Number.isInteger(u.multiplier) && u.multiplier <= 1e22, u.symbol).toBe(true);
      expect(Number.isInteger(u.divisor) && u.divisor <= 1e22, u.symbol).toBe(true);
      expect(u.factor).toBe(u.multiplier / u.divisor);
      expect(u.factor).toBeGreaterThan(0);
    }
  });

  test('divides by a power of ten for sub-units, so mV is 1/1000 exactly', () => {
    expect(unit('mV')).toMatchObject({ multiplier: 1, divisor: 1000 });
    expect(unit('µF/cm²')).toMatchObject({ multiplier: 1, divisor: 100 });
  });

  test('keys every unit by its own symbol', () => {
    for (const [key, u] of units) expect(key).toBe(u.symbol);
  });

  test('freezes its entries so no caller can change a factor', () => {
    expect(Object.isFrozen(unit('mV'))).toBe(true);
  });

  test.each(['MM', 'mm²', 'C°', 'Mm', 'kM', 'GS', 'mv', 'uF', 'deg', 'e', 'eV'])(
    'does not define %j',
    (symbol) => {
      expect(units.has(symbol)).toBe(false);
    },
  );

  test('defines % as the pure number 0.01, exactly 1/100, so a fraction may be given in percent', () => {
    expect(unit('%')).toMatchObject({
      dimension: 'dimensionless',
      factor: 0.01,
      multiplier: 1,
      divisor: 100,
    });
  });

  test('keeps the case distinctions SI makes', () => {
    expect(unit('mm').dimension).toBe('length');
    expect(unit('mM').dimension).toBe('concentration');
    expect(unit('ms').dimension).toBe('time');
    expect(unit('mS').dimension).toBe('conductance');
    expect(unit('C').dimension).toBe('charge');
    expect(unit('A').dimension).toBe('current');
    expect(unit('MV').factor).toBe(1e6);
  });

  test('collects every atom used in a symbol', () => {
    for (const atom of ['mV', 'kJ', 'mol', 'cm', 'µF', 'L', 'mmol', 'Hz', 'ions', '°C', 'Å', 's']) {
      expect(unitAtoms.has(atom), atom).toBe(true);
    }
    expect(unitAtoms.has('')).toBe(false);
    expect(unitAtoms.has('1')).toBe(false);
  });
});

describe('composeSymbol', () => {
  test.each([
    [[], ''],
    [[{ atom: 'mV', exponent: 1 }], 'mV'],
    [
      [
        { atom: 'kJ', exponent: 1 },
        { atom: 'mol', exponent: -1 },
      ],
      'kJ/mol',
    ],
    [
      [
        { atom: 'µF', exponent: 1 },
        { atom: 'cm', exponent: -2 },
      ],
      'µF/cm²',
    ],
    [[{ atom: 's', exponent: -1 }], '1/s'],
    [
      [
        { atom: 'mol', exponent: -1 },
        { atom: 'kJ', exponent: 1 },
      ],
      'kJ/mol',
    ],
    [
      [
        { atom: 'J', exponent: 1 },
        { atom: 'mol', exponent: -1 },
        { atom: 'K', exponent: -1 },
      ],
      'J/mol·K',
    ],
    [[{ atom: 'm', exponent: 3 }], 'm³'],
  ])('writes %j as %j', (factors, expected) => {
    expect(composeSymbol(factors)).toBe(expected);
  });
});
