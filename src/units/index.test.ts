import { describe, expect, test } from 'vitest';
import * as api from './index';

describe('the units public surface', () => {
  test('exports the functions and tables callers use', () => {
    for (const name of [
      'parseQuantity',
      'formatNumber',
      'formatQuantity',
      'formatPlain',
      'toSI',
      'fromSI',
      'celsiusToKelvin',
      'kelvinToCelsius',
      'lookupUnit',
      'canonicalUnit',
      'describeDimension',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(api.units.get('mV')?.factor).toBe(1e-3);
    expect(api.dimensions.voltage.name).toBe('voltage');
    expect(api.ZERO_CELSIUS).toBe(273.15);
    expect(api.MAX_INPUT_LENGTH).toBe(100);
  });

  test('reads what it writes, from an exercise answer to a readout and back', () => {
    const parsed = api.parseQuantity('−95,0 mV', { dimension: 'voltage', defaultUnit: 'mV' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const shown = api.formatQuantity(parsed.value, parsed.unit, { decimals: 1 });
    expect(shown).toBe('−95.0 mV');
    expect(api.parseQuantity(shown, { dimension: 'voltage', defaultUnit: 'V' })).toEqual(parsed);
  });
});
