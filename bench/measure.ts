/**
 * Times `run(n)` (which must do n units of work and return a number, so the work cannot be
 * optimised away) and returns units per second: the median of `repeats` timed runs after
 * a warm-up, with n grown until one run takes at least `minMs`.
 */
export function unitsPerSecond(run: (n: number) => number, repeats = 7, minMs = 100): number {
  let n = 1000;
  let sink = 0;
  for (;;) {
    const t0 = performance.now();
    sink += run(n);
    if (performance.now() - t0 >= minMs) break;
    n *= 2;
  }
  const rates: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    sink += run(n);
    rates.push(n / ((performance.now() - t0) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  return median(rates);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
