/**
 * The Bernoulli function ε(u) = u / (eᵘ − 1), with ε(0) = 1, evaluated as the pair
 * ε(u) and ε(−u) for the GHK current, plus dε/du for the reversal solver.
 *
 * ε(−u) = ε(u) + u exactly, so one expm1 of a non-negative argument gives both, and the
 * pair is formed by adding two non-negative numbers: no cancellation, no overflow
 * (expm1 of a huge argument is +∞ and its reciprocal is 0), and full precision near
 * u = 0, where the textbook quotient is 0/0.
 */
export type BernoulliPair = {
  /** ε(u) */
  plus: number;
  /** ε(−u) */
  minus: number;
};

export function bernoulliPair(u: number): BernoulliPair {
  if (u === 0) return { plus: 1, minus: 1 };
  if (u > 0) {
    const plus = u / Math.expm1(u);
    return { plus, minus: plus + u };
  }
  const minus = -u / Math.expm1(-u);
  return { plus: minus - u, minus };
}

/**
 * dε/du = (ε(u)/u)·(1 − ε(−u)), from differentiating u/(eᵘ − 1). Near u = 0 that form
 * cancels, so the Taylor series −1/2 + u/6 − u³/180 is used for |u| < 1e-3 (next term
 * u⁵/5040 < 2e-19).
 */
export function bernoulliDerivative(u: number, pair: BernoulliPair): number {
  if (Math.abs(u) < 1e-3) return -0.5 + u / 6 - (u * u * u) / 180;
  return (pair.plus / u) * (1 - pair.minus);
}
