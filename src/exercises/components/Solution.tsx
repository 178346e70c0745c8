import type { ReactNode } from 'react';

/** The reasoning of a worked solution; the Exercise adds the substituted steps and answer. */
export function Solution({ children }: { children?: ReactNode }) {
  return <div className="solution-reasoning">{children}</div>;
}
