/** A curve as the marks draw it: [x, y] pairs in the data's units, x increasing. */
export type Curve = readonly (readonly [number, number])[];

/**
 * `count` points of y = f(x) spread evenly over `domain` on a linear or a log axis, both
 * ends included: x_i = lo + (hi − lo)·i/(count − 1), or lo·(hi/lo)^(i/(count − 1)) on a
 * log axis, so the points sit at equal distances on the axis that will show them.
 */
export function sample(
  f: (x: number) => number,
  domain: readonly [number, number],
  count: number,
  scale: 'linear' | 'log' = 'linear',
): Curve {
  if (!Number.isInteger(count) || count < 2) {
    throw new RangeError(`count must be a whole number of at least 2, got ${count}`);
  }
  const [lo, hi] = domain;
  if (scale === 'log' && !(lo > 0 && hi > 0)) {
    throw new RangeError(`domain must be positive on a log axis, got [${lo}, ${hi}]`);
  }
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    const x = scale === 'log' ? lo * (hi / lo) ** t : lo + (hi - lo) * t;
    return [x, f(x)] as const;
  });
}
