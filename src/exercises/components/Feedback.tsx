import { Subscripted } from '../../common/Subscripted';
import type { CheckResult } from '../checkAnswer';

type FeedbackProps = {
  /** the verdict on the answer checked last, or null before a check */
  result: CheckResult | null;
  /** what it says while there is no verdict ('' for nothing) */
  idle: string;
};

/**
 * An exercise's verdict, read out as it changes (role="status"), and marked with its verdict
 * and the mistake it names (data-verdict, data-mistake).
 */
export function Feedback({ result, idle }: FeedbackProps) {
  return (
    <p
      className="feedback"
      role="status"
      data-verdict={result?.verdict}
      data-mistake={result?.mistake}
    >
      <Subscripted text={result?.message ?? idle} />
    </p>
  );
}
