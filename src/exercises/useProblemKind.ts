import { use } from 'react';
import type { ProblemKind } from './ProblemKind';
import { PROBLEMS } from './problems';

// One load per kind for the page: every exercise that names it shares the promise, and
// React's use() needs the same promise on every render.
const loads = new Map<string, Promise<ProblemKind>>();

/** The problem kind an exercise names, suspending the first time until its module has loaded. */
export function useProblemKind(id: string, exerciseId: string): ProblemKind {
  let load = loads.get(id);
  if (!load) {
    const loader = PROBLEMS[id];
    if (!loader) throw new Error(`Exercise ${exerciseId}: unknown problem kind "${id}"`);
    load = loader();
    loads.set(id, load);
  }
  return use(load);
}
