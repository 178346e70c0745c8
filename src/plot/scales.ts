import { toSuperscript } from '../units/superscript';
import type { PositionScale } from './PlotContext';

// Position scales for the plots. d3-scale would do the same, but it pulls in
// d3-interpolate, d3-color and d3-format (about 9 kB gzip, measured with `npm run bench`)
// for colour and format features these plots never use; a position scale is a line.

/** A linear map from [d0, d1] to [r0, r1] pixels, its domain widened to round tick ends. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): PositionScale {
  const [d0, d1] = niceDomain(domain[0], domain[1]);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return Object.assign((v: number) => r0 + (v - d0) * k, {
    domain: () => [d0, d1],
    range: () => [r0, r1],
    ticks: (count = 6) => linearTicks(d0, d1, count),
  });
}

/** A base-10 log map from [d0, d1] (both > 0) to pixels; its ticks are decades. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): PositionScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log10(d0);
  const k = (r1 - r0) / (Math.log10(d1) - l0);
  return Object.assign((v: number) => r0 + (Math.log10(v) - l0) * k, {
    domain: () => [d0, d1],
    range: () => [r0, r1],
    // Every decade, or every second, third, … where there are more decades than `count`.
    ticks: (count = 8) => {
      const values: number[] = [];
      const lo = Math.ceil(l0);
      const hi = Math.floor(Math.log10(d1));
      const step = Math.max(1, Math.ceil((hi - lo) / Math.max(1, count)));
      // `1e${e}` is the decade exactly; 10 ** -4 is 0.00009999999999999999.
      for (let e = lo; e <= hi; e += step) values.push(Number(`1e${e}`));
      return values;
    },
  });
}

/**
 * The step between about `count` ticks: 1, 2 or 5 times a power of ten, the way axes
 * are numbered by hand. A raw step is rounded to the nearest of these in log terms (the
 * thresholds √2, √10, √50 are the geometric midpoints, as in d3-array's tickIncrement).
 */
function tickStep(d0: number, d1: number, count: number): number {
  const raw = Math.abs(d1 - d0) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  return (
    (ratio >= Math.SQRT2 * 5 ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.SQRT2 ? 2 : 1) *
    power
  );
}

function linearTicks(d0: number, d1: number, count: number): number[] {
  const step = tickStep(d0, d1, count);
  const ticks: number[] = [];
  const first = Math.ceil(Math.min(d0, d1) / step);
  const last = Math.floor(Math.max(d0, d1) / step);
  // Multiply integers by the step (rather than adding steps) so ticks print cleanly.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Widens [d0, d1] outward to multiples of the tick step; a zero-width domain gets ±1. */
function niceDomain(d0: number, d1: number): [number, number] {
  if (d0 === d1) return [d0 - 1, d1 + 1];
  const step = tickStep(d0, d1, 6);
  return [Math.floor(d0 / step) * step, Math.ceil(d1 / step) * step];
}

/** A decade tick label: 1, 10, 10², 10⁻³ … */
export function formatDecade(value: number): string {
  const k = Math.round(Math.log10(value));
  if (k === 0) return '1';
  if (k === 1) return '10';
  return `10${toSuperscript(k)}`;
}

/** The decades that enclose [lo, hi]. */
export function decadeDomain(lo: number, hi: number): [number, number] {
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}
