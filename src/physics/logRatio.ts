/**
 * ln(numerator / denominator) for positive finite arguments.
 *
 * The quotient is formed first, so the result carries one rounding error instead of the
 * two of ln(n) − ln(d) (which loses digits when n ≈ d). Only when the quotient leaves the
 * normal floating-point range (ratios beyond ~1e±308) does it fall back to the difference.
 */
export function logRatio(numerator: number, denominator: number): number {
  const quotient = numerator / denominator;
  if (quotient >= Number.MIN_VALUE * 2 ** 52 && quotient < Infinity) return Math.log(quotient);
  return Math.log(numerator) - Math.log(denominator);
}
