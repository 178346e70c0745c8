import { createContext, useContext } from 'react';
import type { ProblemKind } from '../ProblemKind';
import type { DisplayParams } from '../redraw';

export type ExerciseFrame = { problem: ProblemKind; params: DisplayParams };

export const ExerciseContext = createContext<ExerciseFrame | null>(null);

export function useExercise(): ExerciseFrame {
  const frame = useContext(ExerciseContext);
  if (!frame) throw new Error('<Value> and <Hint> belong inside an <Exercise>.');
  return frame;
}
