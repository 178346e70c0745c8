import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canonicalUnit, lookupUnit } from './lookupUnit';
import { units } from './units';

describe('lookupUnit', () => {
  test('finds every unit of the table by its own symbol', () => {
    for (const u of units.values()) expect(lookupUnit(u.symbol)).toBe(u);
  });

  test.each([
    // voltage
    ['mV', 'mV'],
    ['millivolt', 'mV'],
    ['millivolts', 'mV'],
    ['Millivolts', 'mV'],
    ['volt', 'V'],
    ['volts', 'V'],
    ['V', 'V'],
    ['mv', 'mV'],
    ['v', 'V'],
    ['uV', 'µV'],
    ['μV', 'µV'],
    ['µV', 'µV'],
    ['MV', 'MV'],
    ['kV', 'kV'],
    // molar energy
    ['kJ/mol', 'kJ/mol'],
    ['kJ mol⁻¹', 'kJ/mol'],
    ['kJ·mol⁻¹', 'kJ/mol'],
    ['kJ⋅mol⁻¹', 'kJ/mol'],
    ['kJ mol^-1', 'kJ/mol'],
    ['kJ mol-1', 'kJ/mol'],
    ['kJ.mol-1', 'kJ/mol'],
    ['kJ*mol^-1', 'kJ/mol'],
    ['kJ mol^(-1)', 'kJ/mol'],
    ['kJ mol−1', 'kJ/mol'],
    ['mol⁻¹ kJ', 'kJ/mol'],
    ['kJ / mol', 'kJ/mol'],
    ['kj/mol', 'kJ/mol'],
    ['J/mol', 'J/mol'],
    ['J mol^-1', 'J/mol'],
    ['kilojoules/mole', 'kJ/mol'],
    ['kcal/mol', 'kcal/mol'],
    // length
    ['nm', 'nm'],
    ['nanometre', 'nm'],
    ['nanometers', 'nm'],
    ['Å', 'Å'],
    ['\u212B', 'Å'],
    ['Angstrom', 'Å'],
    ['angstrom', 'Å'],
    ['angstroms', 'Å'],
    ['ångström', 'Å'],
    ['um', 'µm'],
    ['micron', 'µm'],
    ['microns', 'µm'],
    // current and densities
    ['A', 'A'],
    ['pA', 'pA'],
    ['picoamperes', 'pA'],
    ['µA/cm²', 'µA/cm²'],
    ['uA/cm2', 'µA/cm²'],
    ['µF/cm²', 'µF/cm²'],
    ['uF/cm2', 'µF/cm²'],
    ['µF/cm^2', 'µF/cm²'],
    ['μF/cm²', 'µF/cm²'],
    ['µF cm⁻²', 'µF/cm²'],
    ['uF cm-2', 'µF/cm²'],
    ['F/m²', 'F/m²'],
    ['F/m2', 'F/m²'],
    ['F/m^2', 'F/m²'],
    ['V/m', 'V/m'],
    ['V m⁻¹', 'V/m'],
    ['kV/cm', 'kV/cm'],
    ['MV/m', 'MV/m'],
    ['mV/nm', 'mV/nm'],
    ['C/m²', 'C/m²'],
    ['C/m2', 'C/m²'],
    ['µC/cm²', 'µC/cm²'],
    ['uC/cm^2', 'µC/cm²'],
    ['C', 'C'],
    ['coulombs', 'C'],
    // concentration
    ['mM', 'mM'],
    ['millimolar', 'mM'],
    ['mmol/L', 'mmol/L'],
    ['mmol/l', 'mmol/L'],
    ['mmol L⁻¹', 'mmol/L'],
    ['M', 'M'],
    ['mol/L', 'mol/L'],
    ['mol/l', 'mol/L'],
    ['µM', 'µM'],
    ['uM', 'µM'],
    ['micromolar', 'µM'],
    ['nM', 'nM'],
    ['mol/m3', 'mol/m³'],
    ['mol dm⁻³', 'mol/dm³'],
    // temperature
    ['°C', '°C'],
    ['℃', '°C'],
    ['degC', '°C'],
    ['degc', '°C'],
    ['deg C', '°C'],
    ['° C', '°C'],
    ['ºC', '°C'],
    ['degrees Celsius', '°C'],
    ['Celsius', '°C'],
    ['K', 'K'],
    ['kelvin', 'K'],
    ['Kelvin', 'K'],
    ['°K', 'K'],
    // conductance, time, rate, permeability, count
    ['nS', 'nS'],
    ['nanosiemens', 'nS'],
    ['pS', 'pS'],
    ['mS', 'mS'],
    ['s', 's'],
    ['seconds', 's'],
    ['sec', 's'],
    ['ms', 'ms'],
    ['msec', 'ms'],
    ['milliseconds', 'ms'],
    ['min', 'min'],
    ['minutes', 'min'],
    ['h', 'h'],
    ['hours', 'h'],
    ['1/s', '1/s'],
    ['1 / s', '1/s'],
    ['/s', '1/s'],
    ['s⁻¹', '1/s'],
    ['s^-1', '1/s'],
    ['s-1', '1/s'],
    ['Hz', 'Hz'],
    ['hertz', 'Hz'],
    ['1/ms', '1/ms'],
    ['ms⁻¹', '1/ms'],
    ['m/s', 'm/s'],
    ['m s⁻¹', 'm/s'],
    ['cm/s', 'cm/s'],
    ['cm s^-1', 'cm/s'],
    ['ions', 'ions'],
    ['ion', 'ions'],
    ['%', '%'],
    ['percent', '%'],
    ['Percent', '%'],
    ['per cent', '%'],
    ['％', '%'],
    ['', ''],
    ['   ', ''],
    // spacing and punctuation
    [' mV ', 'mV'],
    ['mV.', 'mV'],
    ['\u00A0mV\u2009', 'mV'],
    ['m\u200BV', 'mV'],
    ['ｍＶ', 'mV'],
  ])('reads %j as %j', (written, symbol) => {
    expect(canonicalUnit(written)).toBe(symbol);
    expect(lookupUnit(written)?.symbol).toBe(symbol);
  });

  test.each([
    'MM', // not mM: case matters
    'Mm',
    'mv/nm/s',
    'kJ/mol/K',
    'mVV',
    'm V', // two atoms: metre·volt is not in the table
    'mV2',
    'mV^',
    'mV^0',
    'mV^4',
    'mV^10',
    'cm^(2',
    'cm^-',
    'kJ/',
    '/',
    '1/',
    '1',
    '2/s',
    '1/2',
    'm%',
    'percents per second',
    '%/s',
    'e',
    'eV',
    'deg',
    'degrees',
    'Kelvins per second',
    'kilokelvin',
    'GS',
    'kM',
    'pa',
    'na',
    'mV.mV.',
    '.',
    '..',
    '°',
    'x',
    '×',
    '-',
    '--mV',
    'm-V',
    'u',
    'µ',
    'milli',
    'mV mV',
    'kJ mol',
    '<script>',
    'mV)',
    '(mV)',
  ])('does not read %j', (written) => {
    expect(lookupUnit(written)).toBeUndefined();
    expect(canonicalUnit(written)).toBeUndefined();
  });

  test('reads case-sensitive symbols as SI does', () => {
    expect(lookupUnit('MV')?.factor).toBe(1e6);
    expect(lookupUnit('mV')?.factor).toBe(1e-3);
    expect(lookupUnit('mm')?.dimension).toBe('length');
    expect(lookupUnit('mM')?.dimension).toBe('concentration');
    expect(lookupUnit('ns')?.dimension).toBe('time');
    expect(lookupUnit('nS')?.dimension).toBe('conductance');
    expect(lookupUnit('C')?.dimension).toBe('charge');
    expect(lookupUnit('A')?.dimension).toBe('current');
    expect(lookupUnit('m')?.dimension).toBe('length');
    expect(lookupUnit('M')?.dimension).toBe('concentration');
  });

  test('reads a product with a space as a product, not as a prefix', () => {
    expect(lookupUnit('m s-1')?.dimension).toBe('permeability');
    expect(lookupUnit('ms-1')?.dimension).toBe('rate');
  });

  test('refuses very long text without reading it', () => {
    expect(lookupUnit('m'.repeat(101))).toBeUndefined();
    expect(lookupUnit(`mV${' '.repeat(200)}`)).toBeUndefined();
  });

  test('returns undefined for a value that is not a string', () => {
    expect(lookupUnit(undefined as unknown as string)).toBeUndefined();
    expect(lookupUnit(null as unknown as string)).toBeUndefined();
    expect(lookupUnit(5 as unknown as string)).toBeUndefined();
  });

  test('never throws, and anything it finds is in the table', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        const found = lookupUnit(s);
        if (found !== undefined) expect(units.get(found.symbol)).toBe(found);
      }),
      { numRuns: 3000 },
    );
  });

  test('reads the canonical symbol it returns as itself', () => {
    const spellings = fc.constantFrom(
      'uF/cm2',
      'kJ mol⁻¹',
      's-1',
      'millivolts',
      'degC',
      'mmol/l',
      'Angstrom',
      '/s',
    );
    fc.assert(
      fc.property(spellings, (s) => {
        const symbol = canonicalUnit(s);
        expect(symbol).toBeDefined();
        expect(canonicalUnit(symbol ?? 'x')).toBe(symbol);
      }),
    );
  });
});
