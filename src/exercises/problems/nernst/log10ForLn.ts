import type { Mistake } from '../../ProblemKind';

/** What reading ln as log₁₀ does to a value ∝ ln(ratio): it divides it by ln 10. */
export function log10ForLn(value: number): Mistake {
  return {
    value: value / Math.LN10,
    message:
      'That is the value with log₁₀ where the equation has ln. Either use ln, or multiply by ln 10 ≈ 2.303 (the “61.5 mV per tenfold” form at 37 °C).',
  };
}
