import { scaleLinear, scaleLog } from 'd3-scale';
import { toSuperscript } from '../units/superscript';
import type { PositionScale } from './PlotContext';

/** A linear scale over [min, max] onto [from, to] pixels, extended to nice round ends. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): PositionScale {
  return scaleLinear().domain(domain).range(range).nice();
}

/** A base-10 log scale whose ticks are the decades only. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): PositionScale {
  const scale = scaleLog().domain(domain).range(range);
  const decades = (): number[] => {
    const [lo, hi] = scale.domain() as [number, number];
    const values: number[] = [];
    const step = Math.max(1, Math.ceil((Math.log10(hi) - Math.log10(lo)) / 8));
    for (let k = Math.ceil(Math.log10(lo)); k <= Math.floor(Math.log10(hi)); k += step)
      values.push(10 ** k);
    return values;
  };
  return Object.assign((v: number) => scale(v), {
    domain: () => scale.domain(),
    range: () => scale.range(),
    ticks: decades,
  });
}

/** A decade tick label: 1, 10, 10², 10⁻³ … */
export function formatDecade(value: number): string {
  const k = Math.round(Math.log10(value));
  if (k === 0) return '1';
  if (k === 1) return '10';
  return `10${toSuperscript(k)}`;
}

/** The decades that enclose [lo, hi] with one to spare on each side. */
export function decadeDomain(lo: number, hi: number): [number, number] {
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}
