import { describeDimension, formatQuantity, parseQuantity } from '../units';
import type { MistakeCode } from './mistakeCodes';
import { CHECK_WORDS, MISTAKE_WORDS } from './mistakeWords';
import type { Mistake } from './ProblemKind';

export type Verdict = 'correct' | 'close' | 'incorrect' | 'invalid';

/** A verdict, the message the reader sees, and the mistake diagnosed, if one was. */
export type CheckResult = { verdict: Verdict; message: string; mistake?: MistakeCode };

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

/** "close" is within this many tolerances, and nearer the answer than any known mistake. */
const CLOSE_FACTOR = 5;

/** The reader's message for a diagnosed mistake: the code's words, then the problem's note. */
export function mistakeMessage(mistake: Pick<Mistake, 'code' | 'note'>): string {
  return mistake.note
    ? `${MISTAKE_WORDS[mistake.code]} ${mistake.note}`
    : MISTAKE_WORDS[mistake.code];
}

/**
 * Checks a typed answer. Order matters: unreadable or wrong-dimension input is `invalid`
 * (never wrong, never right); then the answer within tolerance is `correct`; then an
 * answer that matches a known mistake (within the tolerance of the mistake's value, and
 * nearer to it than to the answer) is `incorrect` with that mistake named, however near the
 * answer the mistake lies: a wrong method is not a rounding slip; then the answer with the
 * other sign, and a unit-prefix slip of ×1000; then within five tolerances is `close` (rounding only); anything else `incorrect`.
 */
export function checkAnswer(text: string, answer: AnswerSpec): CheckResult {
  const parsed = parseQuantity(text, { dimension: answer.dimension, defaultUnit: answer.unit });
  if (!parsed.ok) {
    const expected = describeDimension(answer.dimension);
    const message =
      parsed.reason === 'empty'
        ? CHECK_WORDS.emptyAnswer(expected)
        : parsed.reason === 'wrong-dimension'
          ? parsed.message
          : CHECK_WORDS.unreadable(parsed.message, expected);
    return { verdict: 'invalid', message };
  }
  const typed = parsed.value;
  const tolerance = (reference: number, factor = 1) =>
    factor * Math.max(answer.relative * Math.abs(reference), answer.absolute);
  const near = (reference: number, factor = 1) =>
    Math.abs(typed - reference) <= tolerance(reference, factor);

  if (near(answer.value)) return { verdict: 'correct', message: CHECK_WORDS.correct };

  const distanceToAnswer = Math.abs(typed - answer.value);
  const matched = answer.mistakes
    .filter(
      (mistake) =>
        Number.isFinite(mistake.value) &&
        near(mistake.value) &&
        Math.abs(typed - mistake.value) < distanceToAnswer,
    )
    .sort((a, b) => Math.abs(typed - a.value) - Math.abs(typed - b.value))[0];
  if (matched) {
    return { verdict: 'incorrect', message: mistakeMessage(matched), mistake: matched.code };
  }
  // The right size with the other sign, when the problem names no sign slip of its own.
  if (answer.value !== 0 && near(-answer.value)) {
    return { verdict: 'incorrect', message: MISTAKE_WORDS.sign, mistake: 'sign' };
  }
  for (const factor of [1000, 1 / 1000]) {
    // Relative tolerance only: an absolute one near zero would call every small answer
    // (even "0") a prefix slip when the answer is divided by 1000.
    const slip = answer.value * factor;
    if (slip !== 0 && typed !== 0 && Math.abs(typed - slip) <= answer.relative * Math.abs(slip)) {
      const shown = formatQuantity(typed, answer.unit, { digits: 3 });
      const reads = CHECK_WORDS.prefixReads(shown);
      const bare = parsed.unitGiven ? '' : ` ${CHECK_WORDS.bareNumber(answer.unit)}`;
      return {
        verdict: 'incorrect',
        message: `${MISTAKE_WORDS.prefix} ${reads}${bare}`,
        mistake: 'prefix',
      };
    }
  }
  if (near(answer.value, CLOSE_FACTOR)) return { verdict: 'close', message: CHECK_WORDS.close };
  return { verdict: 'incorrect', message: CHECK_WORDS.incorrect };
}
