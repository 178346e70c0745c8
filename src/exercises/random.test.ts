import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { hashString, seededRandom } from './random';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const draw = (seed: number, count: number) => {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => next());
};

describe('seededRandom', () => {
  test('gives the same numbers for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(draw(seed, 20)).toEqual(draw(seed, 20));
      }),
    );
  });

  test('gives different numbers for different seeds', () => {
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
    expect(draw(0, 5)).not.toEqual(draw(7919, 5));
  });

  test('draws numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const outside = draw(seed, 100).filter((u) => !(u >= 0 && u < 1));
        expect(outside).toEqual([]);
      }),
    );
  });

  test('is roughly uniform: the mean of 10 000 draws is within 0.49–0.51 and each tenth gets its share', () => {
    const values = draw(12345, 10_000);
    const mean = values.reduce((sum, u) => sum + u, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    const bins = new Array<number>(10).fill(0);
    for (const u of values) bins[Math.floor(u * 10)]!++;
    for (const count of bins) {
      expect(count).toBeGreaterThan(900);
      expect(count).toBeLessThan(1100);
    }
  });

  test('does not repeat within a short run', () => {
    expect(new Set(draw(42, 1000)).size).toBe(1000);
  });
});

describe('hashString', () => {
  test('is deterministic and a 32-bit unsigned integer', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const h = hashString(text);
        expect(hashString(text)).toBe(h);
        expect(Number.isInteger(h)).toBe(true);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThan(2 ** 32);
      }),
    );
  });

  test('differs for different strings', () => {
    const ids = [
      '',
      'a',
      'b',
      'ab',
      'ba',
      'nernst-k-neuron',
      'nernst-k-neuron2',
      'nernst-chloride-sign',
      'nernst-calcium-valence',
      'nernst-swap-sides',
    ];
    expect(new Set(ids.map(hashString)).size).toBe(ids.length);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(hashString(a)).not.toBe(hashString(b));
      }),
    );
  });
});
