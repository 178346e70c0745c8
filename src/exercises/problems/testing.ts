import { expect } from 'vitest';
import type { ProblemKind, SIParams } from '../ProblemKind';
import { paramsToSI, type DisplayParams } from '../redraw';
import { PROBLEMS as LOADERS } from './index';

/**
 * Helpers shared by the problem kinds' tests. The physical constants are written out here,
 * so that expected values do not come from the code under test.
 */
export const R = 8.31446261815324;
export const F = 96485.33212331001;

/** Every registered kind, loaded, by id: the tests read them synchronously. */
export const PROBLEMS: Readonly<Record<string, ProblemKind>> = Object.fromEntries(
  await Promise.all(Object.entries(LOADERS).map(async ([id, load]) => [id, await load()])),
);

/** The half-width of the window around `value` that the checker accepts as correct. */
export function tolerance(problem: ProblemKind, value: number): number {
  return Math.max(
    (problem.tolerance?.relative ?? 0.01) * Math.abs(value),
    problem.tolerance?.absolute ?? 0,
  );
}

/** A registered kind's parameters, as an exercise writes them (display units), in SI. */
export function si(id: string, display: DisplayParams): SIParams {
  return paramsToSI(PROBLEMS[id]!, display);
}

/** A registered kind's answer (SI) for parameters as an exercise writes them. */
export function solve(id: string, display: DisplayParams): number {
  return PROBLEMS[id]!.solve(si(id, display));
}

/**
 * Every diagnosed mistake is finite, explained, and far enough from the answer that the
 * windows the checker accepts around the two do not overlap.
 */
export function expectMistakesApart(problem: ProblemKind, p: SIParams): void {
  const answer = problem.solve(p);
  const mistakes = problem.mistakes(p, answer);
  expect(mistakes.length, problem.id).toBeGreaterThan(0);
  for (const mistake of mistakes) {
    expect(Number.isFinite(mistake.value)).toBe(true);
    expect(mistake.message.length).toBeGreaterThan(0);
    const gap = Math.abs(mistake.value - answer);
    expect(gap, mistake.message).toBeGreaterThan(
      tolerance(problem, answer) + tolerance(problem, mistake.value),
    );
  }
}
