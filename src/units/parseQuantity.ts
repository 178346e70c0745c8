import { toSI } from './convert';
import { describeDimension, dimensions, type Dimension } from './dimensions';
import { lookupUnit } from './lookupUnit';
import { normalizeText } from './normalizeText';
import type { UnitDefinition } from './units';

export type ParseFailureReason =
  'empty' | 'no-number' | 'unknown-unit' | 'wrong-dimension' | 'not-finite' | 'too-long';

export type ParseResult =
  | {
      ok: true;
      /** The quantity in SI (V, J/mol, m, …; mM for concentrations; K for temperatures). */
      value: number;
      /** The unit that was read, canonical ('uF/cm2' → 'µF/cm²'); the default if none given. */
      unit: string;
      /** False when the text was a bare number, read in the default unit. */
      unitGiven: boolean;
    }
  | { ok: false; reason: ParseFailureReason; message: string };

export interface ExpectedQuantity {
  dimension: Dimension;
  /** The unit a bare number is read in (the unit the question asks for); '' for none. */
  defaultUnit: string;
}

/** Longer input is refused unread, so hostile text costs nothing to reject. */
export const MAX_INPUT_LENGTH = 100;

const TIMES = new Set(['×', 'x', 'X', '*', '·']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * A power of ten's exponent at s[i], written '^7', '^-5', '^(−5)', ' ^ 7' (superscripts
 * arrive here already as '^…', see normalizeText). Returns the signed exponent digits and
 * where the power ends, or undefined.
 */
function readPower(s: string, i: number): { exponent: string; end: number } | undefined {
  if (s[i] === ' ') i++;
  if (s[i] !== '^') return undefined;
  i++;
  if (s[i] === ' ') i++;
  const paren = s[i] === '(';
  if (paren) i++;
  let sign = '';
  if (s[i] === '-' || s[i] === '+') sign = s[i++] ?? '';
  const start = i;
  while (isDigit(s[i])) i++;
  if (i === start) return undefined;
  const exponent = sign + s.slice(start, i);
  if (paren) {
    if (s[i] !== ')') return undefined;
    i++;
  }
  return { exponent, end: i };
}

/**
 * Reads one number at the start of normalised text: sign, digits with '.' or ',' as the
 * decimal separator, then an optional exponent (e7, E+7, × 10^7, x10^7, *10^7, · 10⁷), or
 * a bare power of ten (10^7, 10⁻⁵). Returns the number as text JavaScript's Number() reads
 * (so that 1.4 × 10⁷ is converted with one correctly rounded step, exactly as 1.4e7 is)
 * and the index where the number ends; undefined if the text does not start with a number.
 */
function scanNumber(s: string): { numeric: string; end: number } | undefined {
  let i = 0;
  let sign = '';
  if (s[i] === '+' || s[i] === '-') {
    sign = s[i] === '-' ? '-' : '';
    i++;
    if (s[i] === ' ') i++; // '− 95' as typed by some
  }
  const intStart = i;
  while (isDigit(s[i])) i++;
  let whole = s.slice(intStart, i);
  let fraction = '';
  let point = false;
  if ((s[i] === '.' || s[i] === ',') && (whole !== '' || isDigit(s[i + 1]))) {
    point = true;
    i++;
    const fractionStart = i;
    while (isDigit(s[i])) i++;
    fraction = s.slice(fractionStart, i);
  }
  if (whole === '' && fraction === '') return undefined;

  let exponent = '0';
  const bare = whole === '10' && !point ? readPower(s, i) : undefined;
  if (bare !== undefined) {
    whole = '1';
    exponent = bare.exponent;
    i = bare.end;
  } else if (s[i] === 'e' || s[i] === 'E') {
    let j = i + 1;
    const expSign = s[j] === '-' || s[j] === '+' ? (s[j++] ?? '') : '';
    const start = j;
    while (isDigit(s[j])) j++;
    // '5eV' or '5e' has no exponent: the 'e' starts the unit and is judged there.
    if (j > start) {
      exponent = expSign + s.slice(start, j);
      i = j;
    }
  } else {
    let j = i;
    if (s[j] === ' ') j++;
    if (TIMES.has(s[j] ?? '')) {
      j++;
      if (s[j] === ' ') j++;
      if (s.startsWith('10', j)) {
        const power = readPower(s, j + 2);
        if (power !== undefined) {
          exponent = power.exponent;
          i = power.end;
        }
      }
    }
  }
  return { numeric: `${sign}${whole || '0'}.${fraction || '0'}e${exponent}`, end: i };
}

/**
 * Whether what follows the number starts another number ('1 2', '5-3', '1,000.5', '2 × 3',
 * '1/2', '½'), as opposed to a unit. '1/s' is the one unit that starts with a digit.
 */
function startsAnotherNumber(rest: string): boolean {
  if (/^1 ?\/ ?\p{L}/u.test(rest)) return false;
  return /^[×xX*·/⁄^ ]*[+-]? ?[.,]?\d/.test(rest); // ⁄ is NFKC's ½
}

function accepts(dimension: Dimension, unit: UnitDefinition): boolean {
  // A count may be a bare number ('1000') as well as '1000 ions', but not a percentage.
  return unit.dimension === dimension || (dimension === 'count' && unit.symbol === '');
}

/** A nudge for mistakes common enough to name: C for °C, mm for mM, A for Å, ns for nS. */
function hint(dimension: Dimension, written: string, unit: UnitDefinition | undefined): string {
  if (dimension === 'temperature' && unit?.symbol === 'C') {
    return " For degrees Celsius, write °C ('C' is the coulomb).";
  }
  if (dimension === 'concentration' && written.toLowerCase() === 'mm') {
    return ' For millimolar, write mM.';
  }
  if (dimension === 'length' && unit?.symbol === 'A') return ' For ångström, write Å.';
  if (dimension === 'conductance' && unit?.dimension === 'time') {
    return ` For siemens, write a capital S (${unit.symbol.slice(0, -1)}S).`;
  }
  return '';
}

function fail(reason: ParseFailureReason, message: string): ParseResult {
  return { ok: false, reason, message };
}

/**
 * Reads a quantity as a reader types it into an answer field and returns it in SI.
 *
 * - Signs: '-', '+', U+2212 '−', the en dash '–' and other hyphens; '− 95' with a space.
 * - Decimal separator: '.' or ','. A comma is ALWAYS a decimal separator, never a
 *   thousands separator: '−95,2 mV' is −95.2 mV and '1,000' is 1 (not 1000); '1,000.5' and
 *   '1.000,5' are refused as two numbers. Digit groups ('96 485') are refused the same way.
 * - Powers of ten: 1.4e7, 1.4E+7, 1.4×10^7, 1.4 × 10^7, 1.4x10^7, 1.4*10^7, 1.4 · 10⁷,
 *   10^7, 10⁻⁵, 10^(-5), with superscript digits and ⁻/⁺.
 * - Spaces of any kind (U+00A0, U+2009, U+202F, …) count as one space; invisible
 *   characters (zero-width space, BOM, soft hyphen) are dropped.
 * - A unit after the number, with or without a space ('−95mV'), in any spelling lookupUnit
 *   accepts; a bare number is read in `expected.defaultUnit`. Where a pure number is asked
 *   (a fraction), '4.3 %', '4,3 %' and '4.3 percent' are read as 0.043.
 * - Failures: 'empty' (blank), 'no-number' (no number first, or more than one),
 *   'unknown-unit', 'wrong-dimension' (message says what was expected and what was given),
 *   'not-finite' (overflows, such as 1e999), 'too-long' (over 100 code points).
 *
 * Never throws for any text, and an ok value is always finite (−0 is returned as 0). It
 * does throw a RangeError if `expected.defaultUnit` is not a unit of `expected.dimension`:
 * that is a bug in the exercise, not something a reader typed.
 */
export function parseQuantity(text: string, expected: ExpectedQuantity): ParseResult {
  const { dimension } = expected;
  const defaultUnit = lookupUnit(expected.defaultUnit);
  if (defaultUnit === undefined || !accepts(dimension, defaultUnit)) {
    throw new RangeError(
      `parseQuantity: default unit '${String(expected.defaultUnit)}' is not a unit of ${dimension}`,
    );
  }
  const { example, suggestions } = dimensions[dimension];
  const wanted = describeDimension(dimension);

  if (typeof text !== 'string') return fail('empty', `Type ${wanted}, such as ${example}.`);
  // Counted in code points, so an emoji is one character; the cheap test comes first.
  if (text.length > 2 * MAX_INPUT_LENGTH || [...text].length > MAX_INPUT_LENGTH) {
    return fail(
      'too-long',
      `That is too long for an answer (over ${MAX_INPUT_LENGTH} characters). Type one value, such as ${example}.`,
    );
  }
  const s = normalizeText(text);
  if (s === '') return fail('empty', `Type ${wanted}, such as ${example}.`);

  const scanned = scanNumber(s);
  if (scanned === undefined) {
    return fail(
      'no-number',
      `That does not start with a number. Type ${wanted}, such as ${example}.`,
    );
  }
  const rest = s.slice(scanned.end).trim();
  if (startsAnotherNumber(rest)) {
    const comma = s.includes(',')
      ? ' A comma is read as a decimal point: write 1000, not 1,000.'
      : '';
    return fail(
      'no-number',
      `Could not read one number in '${s}': it looks like more than one.${comma} Type one value, such as ${example}.`,
    );
  }

  let unit = defaultUnit;
  if (rest !== '') {
    const found = lookupUnit(rest);
    if (found === undefined) {
      const units = suggestions.length > 0 ? ` in ${suggestions.join(' or ')}` : '';
      return fail(
        'unknown-unit',
        `Unknown unit '${rest}'. Expected ${wanted}${units}, such as ${example}.${hint(dimension, rest, undefined)}`,
      );
    }
    if (!accepts(dimension, found)) {
      return fail(
        'wrong-dimension',
        `Expected ${wanted} (such as ${example}); '${rest}' is ${describeDimension(found.dimension)}.${hint(dimension, rest, found)}`,
      );
    }
    unit = found;
  }

  const number = Number(scanned.numeric);
  const value = Number.isFinite(number) ? toSI(number, unit.symbol) : number;
  if (!Number.isFinite(value)) {
    return fail(
      'not-finite',
      `That number is too large to use. Type ${wanted}, such as ${example}.`,
    );
  }
  return { ok: true, value: value === 0 ? 0 : value, unit: unit.symbol, unitGiven: rest !== '' };
}
