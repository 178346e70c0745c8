import { formatNumber } from '../units';

/**
 * A large number rounded to 3 significant digits, its digits grouped in threes by narrow
 * no-break spaces below 10⁹ ("12 800", "64 300"), in scientific notation above.
 */
export function formatWhole(n: number): string {
  const rounded = Number(n.toPrecision(3));
  if (!(Math.abs(rounded) >= 1000 && Math.abs(rounded) < 1e9)) {
    return formatNumber(rounded, { digits: 3 });
  }
  const body = String(Math.abs(Math.round(rounded))).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return rounded < 0 ? `\u2212${body}` : body;
}
