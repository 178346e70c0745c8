import type { ReactNode } from 'react';

/** One hint of an exercise; the Exercise shows them one at a time. */
export function Hint({ children }: { children?: ReactNode }) {
  return <div className="hint">{children}</div>;
}
