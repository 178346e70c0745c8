import { fromSuperscriptChar } from './superscript';

// Invisible characters that copy-paste brings along and that mean nothing in a quantity:
// zero-width space/joiners, word joiner, byte-order mark, soft hyphen.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;

// Dashes people type or paste for a minus sign (U+2212 minus, hyphen, non-breaking hyphen,
// figure dash, en dash). NFKC already folds the small and full-width hyphen-minus to '-'.
// The em dash is left alone: it reads as "no value", not as a sign.
const MINUS_LIKE = /[\u2212\u2010\u2011\u2012\u2013]/g;

// Multiplication dots (middle dot, dot operator, bullet operator) become one middle dot.
const DOTS = /[\u22C5\u2219]/g;

/**
 * Puts typed text into one spelling so that the number scanner and the unit reader each
 * have a single form to recognise. It is idempotent (normalizeText(normalizeText(s)) ===
 * normalizeText(s)), never throws, and keeps superscripts' meaning:
 *
 * - a run of superscript digits/signs becomes '^' and ASCII ('10⁻⁵' → '10^-5', 'cm²' →
 *   'cm^2'); this must come before NFKC, which would turn '10⁷' into '107';
 * - NFKC folds compatibility forms: full-width digits and letters, ℃ → °C, Å (U+212B) →
 *   Å (U+00C5), ㎷ → mV, every Unicode space → ' ';
 * - the Greek mu (U+03BC, which NFKC also makes of the micro sign) becomes the micro sign
 *   µ (U+00B5), the one the unit table uses;
 * - minus-like dashes → '-', multiplication dots → '·', the ordinal º and ring ˚ → '°';
 * - runs of whitespace (including U+00A0, U+2009, U+202F) → one ' ', trimmed.
 */
export function normalizeText(text: string): string {
  if (typeof text !== 'string') return '';
  const visible = text.replace(INVISIBLE, '').replace(/[\u00BA\u02DA]/g, '°');
  let raised = '';
  let inRun = false;
  for (const ch of visible) {
    const ascii = fromSuperscriptChar(ch);
    if (ascii === undefined) {
      raised += ch;
      inRun = false;
    } else {
      // '10^⁷' already has its caret; do not write a second one.
      if (!inRun && !raised.endsWith('^')) raised += '^';
      raised += ascii;
      inRun = true;
    }
  }
  return raised
    .normalize('NFKC')
    .replace(/\u03BC/g, '\u00B5')
    .replace(MINUS_LIKE, '-')
    .replace(DOTS, '·')
    .replace(/\s+/g, ' ')
    .trim();
}
