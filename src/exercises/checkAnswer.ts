import { describeDimension, formatQuantity, parseQuantity } from '../units';
import type { Mistake } from './ProblemKind';

export type Verdict = 'correct' | 'close' | 'incorrect' | 'invalid';

export type CheckResult = { verdict: Verdict; message: string };

export type AnswerSpec = {
  /** the right answer, SI */
  value: number;
  unit: string;
  dimension: Parameters<typeof parseQuantity>[1]['dimension'];
  /** correct within max(relative·|value|, absolute) */
  relative: number;
  absolute: number;
  mistakes: readonly Mistake[];
};

/** "close" is within this many tolerances: a rounding slip, not a wrong method. */
const CLOSE_FACTOR = 5;

/**
 * Checks a typed answer. Order matters: unreadable or wrong-dimension input is `invalid`
 * (never wrong, never right); then the answer within tolerance is `correct`; then a
 * recognised mistake is `incorrect` with its diagnosis (also a unit-prefix slip of ×1000);
 * then within five tolerances is `close`; anything else is `incorrect`.
 */
export function checkAnswer(text: string, answer: AnswerSpec): CheckResult {
  const parsed = parseQuantity(text, { dimension: answer.dimension, defaultUnit: answer.unit });
  if (!parsed.ok) {
    const expected = describeDimension(answer.dimension);
    const message =
      parsed.reason === 'empty'
        ? `Type an answer first: ${expected}.`
        : parsed.reason === 'wrong-dimension'
          ? parsed.message
          : `${parsed.message} Expected ${expected}.`;
    return { verdict: 'invalid', message };
  }
  const typed = parsed.value;
  const tolerance = (reference: number, factor = 1) =>
    factor * Math.max(answer.relative * Math.abs(reference), answer.absolute);
  const near = (reference: number, factor = 1) =>
    Math.abs(typed - reference) <= tolerance(reference, factor);

  if (near(answer.value)) return { verdict: 'correct', message: 'Correct.' };

  for (const mistake of answer.mistakes) {
    if (
      Number.isFinite(mistake.value) &&
      near(mistake.value) &&
      !near(answer.value, CLOSE_FACTOR)
    ) {
      return { verdict: 'incorrect', message: `Not quite. ${mistake.message}` };
    }
  }
  for (const factor of [1000, 1 / 1000]) {
    // Relative tolerance only: an absolute one near zero would call every small answer
    // (even "0") a prefix slip when the answer is divided by 1000.
    const slip = answer.value * factor;
    if (slip !== 0 && typed !== 0 && Math.abs(typed - slip) <= answer.relative * Math.abs(slip)) {
      const shown = formatQuantity(typed, answer.unit, { digits: 3 });
      const bare = parsed.unitGiven ? '' : ` A number without a unit is read in ${answer.unit}.`;
      return {
        verdict: 'incorrect',
        message: `Off by a factor of 1000: check the unit prefix (your answer reads as ${shown}).${bare}`,
      };
    }
  }
  if (near(answer.value, CLOSE_FACTOR)) {
    return {
      verdict: 'close',
      message: 'Close, but outside the tolerance: carry more digits through the calculation.',
    };
  }
  return {
    verdict: 'incorrect',
    message: 'Not quite. Try a hint, or work through the steps again.',
  };
}
