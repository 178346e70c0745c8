import { describe, expect, test } from 'vitest';
import { defaultState } from '../params';
import { DEBYE_PARAMS } from './debyeParams';
import { describeDebyeSweep, DEBYE_WORDS, formatLength } from './describe';
import { debyeReadings, debyeSweep } from './model';

// By hand at 37 °C, ε_r = 74.15: λ_D = 0.779 nm at 150 mM, so 10 µm is 12 800 λ_D and 1 % of
// ψ₀ is left at 0.779·ln 100 = 3.59 nm; λ_D ∝ 1/√I gives 954 nm at 10⁻⁴ mM, 0.302 nm at 1 M.
const PHYSIOLOGICAL = debyeReadings(defaultState(DEBYE_PARAMS));

describe('the debye widget’s words', () => {
  test('the readouts give λ_D to 4 digits, the cell radius in λ_D grouped in threes, and the 1 % distance', () => {
    expect(DEBYE_WORDS.lambda(PHYSIOLOGICAL)).toBe('0.7786 nm');
    expect(DEBYE_WORDS.cellRatio(PHYSIOLOGICAL)).toBe('12\u202f800');
    expect(DEBYE_WORDS.onePercent(PHYSIOLOGICAL)).toBe('3.59 nm');
    expect(DEBYE_WORDS.profile.lambdaRule(PHYSIOLOGICAL)).toBe('λ_D = 0.779 nm');
  });

  test('the λ_D plot’s description gives the line’s ends and where the state sits', () => {
    expect(describeDebyeSweep(PHYSIOLOGICAL, debyeSweep(310.15, 74.15))).toBe(
      'λ_D falls tenfold for every hundredfold rise in I: from 954 nm at 10⁻⁴ mM to 0.302 nm ' +
        'at 1000 mM, at 37.0 °C and ε_r = 74.15. Now 0.779 nm at 150 mM; the 10 µm cell ' +
        'radius is 12\u202f800 times longer.',
    );
  });

  test('a length from 1 µm up is written in µm', () => {
    expect(formatLength(1.5e-6)).toBe('1.5 µm');
    expect(formatLength(9.537e-7)).toBe('954 nm');
  });
});
