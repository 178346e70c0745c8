import { describe, expect, test } from 'vitest';
import { formatWhole } from './formatWhole';

describe('large numbers are grouped in threes', () => {
  test.each([
    [12843, '12\u202f800'],
    [182_345, '182\u202f000'],
    [999.4, '999'],
    [2.5e9, '2.5 × 10⁹'],
  ])('%s is written %s', (n, shown) => {
    expect(formatWhole(n)).toBe(shown);
  });
});
