import { normalizeText } from './normalizeText';
import { composeSymbol, unitAtoms, units, type UnitDefinition, type UnitFactor } from './units';

/**
 * Exact-case spellings that are not SI symbols but can mean only one unit here. Case is
 * otherwise significant: 'mv' is accepted as mV because nothing else is spelled so, but 'MV'
 * is a megavolt, 'mm' a millimetre (not mM), 'ns' a nanosecond (not nS), and 'MM', 'pa',
 * 'na' are unknown rather than guessed.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  v: 'V',
  mv: 'mV',
  uv: 'µV',
  µv: 'µV',
  kv: 'kV',
  j: 'J',
  kj: 'kJ',
  l: 'L', // mmol/l
  degC: '°C',
  degc: '°C',
  '°K': 'K', // the pre-1968 spelling of kelvin
  hz: 'Hz',
  khz: 'kHz',
  msec: 'ms',
  usec: 'µs',
  µsec: 'µs',
};

/** Unit names in words (matched without regard to case), singular. */
const WORDS: Readonly<Record<string, string>> = {
  volt: 'V',
  joule: 'J',
  calorie: 'cal',
  mole: 'mol',
  mol: 'mol',
  metre: 'm',
  meter: 'm',
  micron: 'µm',
  angstrom: 'Å',
  ångström: 'Å',
  angström: 'Å',
  ampere: 'A',
  amp: 'A',
  farad: 'F',
  coulomb: 'C',
  siemens: 'S',
  second: 's',
  sec: 's',
  minute: 'min',
  min: 'min',
  hour: 'h',
  hr: 'h',
  hertz: 'Hz',
  kelvin: 'K',
  celsius: '°C',
  molar: 'M',
  litre: 'L',
  liter: 'L',
  ion: 'ions',
};

const PREFIX_WORDS: readonly (readonly [word: string, symbol: string])[] = [
  ['', ''],
  ['pico', 'p'],
  ['nano', 'n'],
  ['micro', 'µ'],
  ['milli', 'm'],
  ['centi', 'c'],
  ['deci', 'd'],
  ['kilo', 'k'],
  ['mega', 'M'],
  ['giga', 'G'],
];

/** Two-word spellings of degrees Celsius, lower case, after whitespace is collapsed. */
const CELSIUS_PHRASES = new Set([
  '° c',
  'deg c',
  'deg. c',
  'degree c',
  'degrees c',
  'degree celsius',
  'degrees celsius',
  '° celsius',
  '°celsius',
]);

/** Spellings of the percent, lower case: a unit on its own, never prefixed or combined. */
const PERCENT_SPELLINGS = new Set(['%', 'percent', 'per cent']);

function fromWords(atom: string): string | undefined {
  const lower = atom.toLowerCase();
  for (const [word, symbol] of PREFIX_WORDS) {
    if (!lower.startsWith(word)) continue;
    const rest = lower.slice(word.length);
    // Plurals: 'volts', 'millivolts', 'ions'; 'siemens' and 'celsius' are listed as is.
    const base = WORDS[rest] ?? (rest.endsWith('s') ? WORDS[rest.slice(0, -1)] : undefined);
    if (base !== undefined && unitAtoms.has(symbol + base)) return symbol + base;
  }
  return undefined;
}

/** The table atom a written atom stands for ('uF' → 'µF', 'millivolts' → 'mV'), if any. */
function resolveAtom(atom: string): string | undefined {
  if (unitAtoms.has(atom)) return atom;
  const spelled = SPELLINGS[atom];
  if (spelled !== undefined) return spelled;
  // 'u' for micro is the ASCII stand-in (uF, um, uM, us); it is never a prefix otherwise.
  if (atom.length > 1 && atom.startsWith('u') && unitAtoms.has(`µ${atom.slice(1)}`)) {
    return `µ${atom.slice(1)}`;
  }
  return fromWords(atom);
}

function isAtomChar(ch: string): boolean {
  return ch === '°' || /^\p{L}$/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Reads a unit expression (already normalised) into factors: atoms with optional integer
 * exponents (cm2, cm^2, mol^-1, mol^(-1), s-1), separated by a space, '·', '*' or '.',
 * with at most one '/'; '1/s' and '/s' have an empty numerator. Returns undefined for
 * anything else: the grammar is small on purpose, so that a typo is reported, not guessed.
 */
function readFactors(s: string): UnitFactor[] | undefined {
  const n = s.length;
  let i = 0;
  let side = 1;
  const skipSpaces = () => {
    while (s[i] === ' ') i++;
  };
  if (s[0] === '1' || s[0] === '/') {
    if (s[0] === '1') {
      i = 1;
      skipSpaces();
    }
    if (s[i] !== '/') return undefined;
    i++;
    skipSpaces();
    side = -1;
  }
  const factors: UnitFactor[] = [];
  for (;;) {
    const start = i;
    while (i < n && isAtomChar(s[i] ?? '')) i++;
    if (i === start) return undefined;
    const atom = resolveAtom(s.slice(start, i));
    if (atom === undefined) return undefined;

    let exponent = 1;
    const caret = s[i] === '^';
    if (caret) i++;
    const paren = caret && s[i] === '(';
    if (paren) i++;
    let sign = 1;
    if ((s[i] === '-' || s[i] === '+') && isDigit(s[i + 1])) {
      sign = s[i] === '-' ? -1 : 1;
      i++;
    }
    if (isDigit(s[i])) {
      const digitsStart = i;
      while (isDigit(s[i])) i++;
      if (i - digitsStart > 1) return undefined;
      exponent = sign * Number(s.slice(digitsStart, i));
    } else if (caret) {
      return undefined; // '^' with no exponent
    }
    if (paren) {
      if (s[i] !== ')') return undefined;
      i++;
    }
    if (exponent === 0 || Math.abs(exponent) > 3) return undefined;
    factors.push({ atom, exponent: side * exponent });

    if (i === n) return factors;
    const before = i;
    skipSpaces();
    if (s[i] === '/') {
      if (side < 0) return undefined; // 'a/b/c' is ambiguous: refuse it
      side = -1;
      i++;
    } else if (s[i] === '·' || s[i] === '*' || s[i] === '.') {
      i++;
    } else if (i === before) {
      return undefined; // two atoms run together with nothing between
    }
    skipSpaces();
    if (i === n) return undefined; // trailing separator
  }
}

/**
 * The canonical symbol for a written unit ('uF/cm2' → 'µF/cm²', 'kJ mol⁻¹' → 'kJ/mol',
 * 's⁻¹' → '1/s', 'millivolts' → 'mV', '' → ''), or undefined if the text is not a unit of
 * the table. Never throws.
 */
export function canonicalUnit(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined;
  let s = normalizeText(text);
  // A full stop typed after the unit ('−95 mV.') ends the sentence, not the unit.
  if (s.length > 1 && s.endsWith('.') && isAtomChar(s.charAt(s.length - 2))) s = s.slice(0, -1);
  if (s === '') return '';
  if (CELSIUS_PHRASES.has(s.toLowerCase())) return '°C';
  if (PERCENT_SPELLINGS.has(s.toLowerCase())) return '%';
  const factors = readFactors(s);
  if (factors === undefined) return undefined;
  const symbol = composeSymbol(factors);
  return units.has(symbol) ? symbol : undefined;
}

/**
 * The table entry for a written unit, in any spelling the book accepts, or undefined.
 * '' (no unit) is the dimensionless entry. Never throws.
 *
 * Accepted beyond the canonical symbols: micro as µ (U+00B5), μ (U+03BC) or u; exponents as
 * superscripts, '^2', '2' or '⁻¹'; products with ' ', '·', '*' or '.'; '1/s', '/s', 's⁻¹';
 * ℃, degC, 'deg C', 'degrees Celsius'; '%', 'percent' and 'per cent'; unit names in words, any case, singular or plural,
 * with SI prefix words, in place of symbols (millivolts, kilojoules/mole; but not 'per');
 * and the lower-case spellings in SPELLINGS above.
 */
export function lookupUnit(text: string): UnitDefinition | undefined {
  // Widgets convert through the same few unit symbols on every slider step; reading a
  // spelling is costly (normalisation, prefixes, words), so the book's own are remembered.
  const known = recent.get(text);
  if (known) return known;
  const symbol = canonicalUnit(text);
  const unit = symbol === undefined ? undefined : units.get(symbol);
  if (unit && text.length <= 40) {
    if (recent.size >= 256) recent.clear(); // bounded: readers type arbitrary text too
    recent.set(text, unit);
  }
  return unit;
}

const recent = new Map<string, UnitDefinition>();
