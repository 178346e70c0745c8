/**
 * The Bernoulli function ε(u) = u / (eᵘ − 1), ε(0) = 1, which carries the voltage
 * dependence of the GHK current.
 *
 * `bernoulli` takes a ≥ 0 only. The other sign follows from the identity ε(−a) = ε(a) + a,
 * so one expm1 of a non-negative argument gives both ε(x) and ε(−x), each formed by adding
 * non-negative numbers: no cancellation, no overflow (expm1 of a huge argument is +∞ and
 * a/∞ = 0), and full precision near 0, where the textbook quotient is 0/0.
 */
export function bernoulli(a: number): number {
  return a === 0 ? 1 : a / Math.expm1(a);
}

/**
 * dε/du at u, given ε(u) and ε(−u): (ε(u)/u)·(1 − ε(−u)), from differentiating
 * u/(eᵘ − 1). Near u = 0 that form cancels, so the Taylor series −1/2 + u/6 − u³/180 is
 * used for |u| < 1e-3 (the next term, u⁵/5040, is below 2e-19).
 */
export function bernoulliDerivative(u: number, atU: number, atMinusU: number): number {
  if (Math.abs(u) < 1e-3) return -0.5 + u / 6 - (u * u * u) / 180;
  return (atU / u) * (1 - atMinusU);
}
