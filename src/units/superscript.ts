// Superscript digits are scattered over three Unicode blocks (¹²³ are Latin-1, the rest
// are in Superscripts and Subscripts), so they are listed rather than computed.
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_MINUS = '⁻'; // U+207B
const SUPERSCRIPT_PLUS = '⁺'; // U+207A

/**
 * An integer written in superscript, for exponents: -7 → '⁻⁷', 12 → '¹²'. A '+' is never
 * written (10⁷, not 10⁺⁷). Non-integers and non-finite numbers are not exponents and throw.
 */
export function toSuperscript(exponent: number): string {
  if (!Number.isSafeInteger(exponent)) {
    throw new RangeError(`toSuperscript: ${String(exponent)} is not a safe integer`);
  }
  const digits = String(Math.abs(exponent));
  let out = exponent < 0 ? SUPERSCRIPT_MINUS : '';
  for (const d of digits) out += SUPERSCRIPT_DIGITS[Number(d)] ?? '';
  return out;
}

/**
 * The ASCII equivalent of one superscript character ('⁷' → '7', '⁻' → '-', '⁺' → '+'), or
 * undefined if the character is not a superscript digit or sign.
 */
export function fromSuperscriptChar(char: string): string | undefined {
  if (char === SUPERSCRIPT_MINUS) return '-';
  if (char === SUPERSCRIPT_PLUS) return '+';
  const i = SUPERSCRIPT_DIGITS.indexOf(char);
  return i >= 0 && char.length === 1 ? String(i) : undefined;
}
