import { describe, expect, test } from 'vitest';
import { fileName } from './fileName';

describe('fileName', () => {
  test('makes a lower-case, hyphenated slug of the title with the extension', () => {
    expect(fileName('Membrane potential against time', 'svg')).toBe(
      'membrane-potential-against-time.svg',
    );
  });

  test('drops punctuation, signs and accents but keeps Greek letters and digits', () => {
    expect(fileName('E of K⁺ against the concentration ratio out/in', 'csv')).toBe(
      'e-of-k-against-the-concentration-ratio-out-in.csv',
    );
    expect(fileName('Potential ψ(x)/ψ₀ near a membrane', 'png')).toBe(
      'potential-ψ-x-ψ0-near-a-membrane.png',
    );
    expect(fileName('Débye–Hückel', 'svg')).toBe('debye-huckel.svg');
  });

  test('cuts a long title at the end of a word, within 60 characters', () => {
    const name = fileName(
      'Potential ψ(x)/ψ₀ and counter-ion excess (relative) against distance from a charged membrane',
      'svg',
    );
    expect(name).toBe('potential-ψ-x-ψ0-and-counter-ion-excess-relative-against.svg');
    expect(name.length - '.svg'.length).toBeLessThanOrEqual(60);
  });

  test('cuts a single over-long word at 60 characters', () => {
    expect(fileName('a'.repeat(80), 'csv')).toBe(`${'a'.repeat(60)}.csv`);
  });

  test('falls back to "plot" for a title without letters or digits', () => {
    expect(fileName(' — / ', 'png')).toBe('plot.png');
  });
});
