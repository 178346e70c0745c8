import type { MistakeCode } from './mistakeCodes';
import { CHECK_WORDS, MISTAKE_WORDS } from './mistakeWords';
import type { Verdict } from './checkAnswer';

/** A choice exercise's option as the checker needs it. */
export type ChoiceOption = { correct?: boolean; mistake?: MistakeCode; why?: string };

export type ChoiceResult = { verdict: Verdict; message: string; mistake?: MistakeCode };

/**
 * Checks the option the reader picked (its index, or null for none): none is `invalid`;
 * the right one `correct`, with its reason; a wrong one `incorrect`, named by the
 * misconception it stands for and saying why it is wrong.
 */
export function chooseOption(
  options: readonly ChoiceOption[],
  picked: number | null,
): ChoiceResult {
  const option = picked === null ? undefined : options[picked];
  if (!option) return { verdict: 'invalid', message: CHECK_WORDS.chooseFirst };
  if (option.correct) {
    return {
      verdict: 'correct',
      message: option.why ? `${CHECK_WORDS.correct} ${option.why}` : CHECK_WORDS.correct,
    };
  }
  const words = option.mistake ? MISTAKE_WORDS[option.mistake] : CHECK_WORDS.incorrect;
  return {
    verdict: 'incorrect',
    message: option.why ? `${words} ${option.why}` : words,
    mistake: option.mistake,
  };
}
