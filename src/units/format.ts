import { fromSI } from './convert';
import { lookupUnit } from './lookupUnit';
import { toSuperscript } from './superscript';

export interface FormatOptions {
  /** Significant digits (1–17, default 3); trailing zeros are dropped: 4 → '4', not '4.00'. */
  digits?: number;
  /**
   * Fixed decimal places (0–20); trailing zeros are kept so a readout holds its width
   * ('−95.0'). Takes precedence over `digits`.
   */
  decimals?: number;
  /** Write '+' before positive values (as for potentials: '+109.4 mV'). Zero gets no sign. */
  sign?: boolean;
}

const MINUS = '\u2212';
// What a readout shows for a value that is not a number: a dash, never the word "NaN".
const NOT_A_NUMBER = '—';

function clampInteger(x: number | undefined, low: number, high: number, fallback: number) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return fallback;
  return Math.min(high, Math.max(low, Math.round(x)));
}

/** 'd.ddde+X' (from toExponential) → 'd.ddd × 10ˣ', trimming the mantissa's zeros if asked. */
function scientific(exponential: string, trim: boolean): string {
  const [mantissa = '', exponent = '0'] = exponential.split('e');
  const shown = trim && mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${shown} × 10${toSuperscript(Number(exponent))}`;
}

/**
 * A number for display: U+2212 for minus, never '−0' (a value that rounds to zero prints
 * as '0' or '0.0'), and scientific notation '1.4 × 10⁷' / '2.5 × 10⁻⁴' (superscript
 * exponent, U+207B minus, ordinary spaces around ×) when the rounded magnitude is at least
 * 10⁵, or below 10⁻³ and not zero. With `decimals`, only the large side switches to
 * scientific (the mantissa gets `decimals` places); small values round in fixed notation
 * ('0.0'), because a fixed-width readout near zero should read zero, not flicker to 10⁻⁴.
 * NaN prints '—' and ±Infinity '∞' / '−∞', so a page never shows "NaN" or "Infinity".
 */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return NOT_A_NUMBER;
  if (!Number.isFinite(value)) return value < 0 ? `${MINUS}∞` : options.sign ? '+∞' : '∞';
  const magnitude = Math.abs(value);
  let body: string;
  if (options.decimals !== undefined) {
    const places = clampInteger(options.decimals, 0, 20, 0);
    const fixed = magnitude.toFixed(places);
    body = Number(fixed) >= 1e5 ? scientific(magnitude.toExponential(places), false) : fixed;
  } else {
    const digits = clampInteger(options.digits, 1, 17, 3);
    // Round first, then choose the notation, so 99 999.7 (→ 1.00e5) is shown as 1 × 10⁵.
    // The rounded value stays a string: Number('1.80e308') would overflow to Infinity.
    const exponential = magnitude.toExponential(digits - 1);
    const exponent = Number(exponential.slice(exponential.indexOf('e') + 1));
    body =
      magnitude !== 0 && (exponent >= 5 || exponent < -3)
        ? scientific(exponential, true)
        : // String() of a number below 10⁵ and not below 10⁻³ is never exponential, and is
          // the shortest form, so the zeros toPrecision pads with are already gone.
          String(Number(magnitude.toPrecision(digits)));
  }
  const isZero = !/[1-9]/.test(body);
  if (isZero) return body;
  if (value < 0) return MINUS + body;
  return options.sign ? `+${body}` : body;
}

/**
 * An SI value shown in `unit` (any spelling lookupUnit accepts; the canonical symbol is
 * printed): formatQuantity(−0.0950226, 'mV', { decimals: 1 }) → '−95.0 mV',
 * formatQuantity(310.15, '°C', { decimals: 1 }) → '37.0 °C'. Number and unit are separated
 * by an ordinary space (simple to test and to copy; CSS `white-space: nowrap` on the
 * readout keeps them together). A dimensionless unit ('') prints the number alone. Throws a
 * RangeError for an unknown unit, which is a bug in the calling code.
 */
export function formatQuantity(valueSI: number, unit: string, options: FormatOptions = {}): string {
  const definition = lookupUnit(unit);
  if (definition === undefined) throw new RangeError(`formatQuantity: unknown unit '${unit}'`);
  const text = formatNumber(fromSI(valueSI, definition.symbol), options);
  return definition.symbol === '' ? text : `${text} ${definition.symbol}`;
}

/**
 * A number as plain ASCII for URLs and CSV: '-' for minus, no superscripts, no grouping,
 * the shortest text that reads back (with Number()) as the value rounded to `digits`
 * significant digits (1–17; the default 17 is lossless): 7.5, 450, 37, 0.03, 1e-7, 2e21.
 * The exponent has no '+' because a '+' in a query string decodes as a space. −0 gives '0'.
 * NaN and ±Infinity give '' (an empty CSV cell or URL value): a reader must treat '' as
 * missing, not pass it to Number(), which would read it as 0.
 */
export function formatPlain(value: number, digits = 17): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  let precision = clampInteger(digits, 1, 17, 17);
  let rounded = Number(value.toPrecision(precision));
  // Near the largest double, rounding up (1.8e308) overflows; more digits always fit.
  while (!Number.isFinite(rounded)) rounded = Number(value.toPrecision(++precision));
  if (rounded === 0) return '0';
  return String(rounded).replace('e+', 'e');
}
