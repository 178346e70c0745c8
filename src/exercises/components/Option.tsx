import type { ReactNode } from 'react';
import type { MistakeCode } from '../mistakeCodes';

export type OptionProps = {
  /** the one right option of its Choice */
  correct?: boolean;
  /** for a wrong option: the misconception it stands for (mistakeCodes.ts) */
  mistake?: MistakeCode;
  /** why the option is right or wrong, shown when the reader checks it */
  why?: string;
  children?: ReactNode;
};

/** One answer of a <Choice>; the Choice lays its options out as a radio group. */
export function Option({ children }: OptionProps) {
  return <>{children}</>;
}
