import type { AnswerSpec } from './checkAnswer';
import type { ProblemKind, SIParams } from './ProblemKind';

/** The tolerance of a kind that names none: 1 % of the answer, and no absolute window. */
const DEFAULT_TOLERANCE = { relative: 0.01, absolute: 0 };

/**
 * What the checker holds a typed answer against, for a kind's exercise with parameters `si`
 * (SI) and their `answer` (SI): the answer in the kind's unit, its tolerance (the kind's, or
 * 1 % and 0), and the mistakes the kind diagnoses for these numbers.
 */
export function answerSpec(kind: ProblemKind, si: SIParams, answer: number): AnswerSpec {
  return {
    value: answer,
    unit: kind.answer.unit,
    dimension: kind.answer.dimension,
    relative: kind.tolerance?.relative ?? DEFAULT_TOLERANCE.relative,
    absolute: kind.tolerance?.absolute ?? DEFAULT_TOLERANCE.absolute,
    mistakes: kind.mistakes(si, answer),
  };
}
