import { describe, expect, test } from 'vitest';
import { formatMillivolts } from './formatMillivolts';

describe('formatMillivolts', () => {
  test('writes −0.095 V as −95.0 mV, with the U+2212 minus', () => {
    expect(formatMillivolts(-0.095)).toBe('\u221295.0 mV');
  });

  test('gives a positive potential its plus sign: 0.06154 V is +61.5 mV', () => {
    expect(formatMillivolts(0.06154)).toBe('+61.5 mV');
  });
});
