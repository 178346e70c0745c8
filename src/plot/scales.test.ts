import { describe, expect, test } from 'vitest';
import { decadeDomain, formatDecade, linearScale, logScale } from './scales';

describe('linearScale', () => {
  test('maps the ends of a round domain onto the ends of the range', () => {
    const x = linearScale([0, 100], [0, 500]);
    expect(x(0)).toBe(0);
    expect(x(100)).toBe(500);
    expect(x(50)).toBe(250);
  });

  test('inverts a range given top-down, as y axes are', () => {
    const y = linearScale([-200, 200], [300, 0]);
    expect(y(-200)).toBe(300);
    expect(y(200)).toBe(0);
    expect(y(0)).toBe(150);
  });

  test('widens an uneven domain to round tick ends', () => {
    // span 157 / 6 ticks ≈ 26 → step 20; −95.3 → −100, 61.7 → 80
    expect(linearScale([-95.3, 61.7], [0, 1]).domain()).toEqual([-100, 80]);
  });

  test('ticks at 1, 2 or 5 times a power of ten', () => {
    expect(linearScale([0, 1], [0, 1]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([-150, 150], [0, 1]).ticks(6)).toEqual([-150, -100, -50, 0, 50, 100, 150]);
  });

  test('survives a zero-width domain', () => {
    const x = linearScale([3, 3], [0, 100]);
    expect(x.domain()).toEqual([2, 4]);
    expect(Number.isFinite(x(3))).toBe(true);
  });
});

describe('logScale', () => {
  test('puts equal ratios at equal distances', () => {
    const x = logScale([1e-3, 1e3], [0, 600]);
    expect(x(1)).toBeCloseTo(300, 10);
    expect(x(10) - x(1)).toBeCloseTo(x(1000) - x(100), 10);
  });

  test('ticks at every decade, thinned when there are many', () => {
    expect(logScale([1e-3, 1e3], [0, 1]).ticks()).toEqual([1e-3, 1e-2, 1e-1, 1, 10, 100, 1000]);
    expect(logScale([1e-10, 1e10], [0, 1]).ticks().length).toBeLessThanOrEqual(9);
  });

  test('ticks every second or third decade when asked for fewer ticks (a narrow plot)', () => {
    // 6 decades from 10⁻³ in steps of ⌈6/3⌉ = 2
    expect(logScale([1e-3, 1e3], [0, 1]).ticks(3)).toEqual([1e-3, 1e-1, 10, 1000]);
    // 6 decades from 10⁻⁴ in steps of ⌈6/2⌉ = 3
    expect(logScale([1e-4, 100], [0, 1]).ticks(2)).toEqual([1e-4, 0.1, 100]);
  });
});

describe('formatDecade and decadeDomain', () => {
  test('write decades with superscript exponents', () => {
    expect([1e-3, 0.1, 1, 10, 100].map(formatDecade)).toEqual(['10⁻³', '10⁻¹', '1', '10', '10²']);
  });

  test('enclose a range in whole decades', () => {
    expect(decadeDomain(0.0286, 350)).toEqual([0.01, 1000]);
  });
});
