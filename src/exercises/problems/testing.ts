import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../units';
import type { ProblemKind, SIParams } from '../ProblemKind';
import { numbersForSet, paramsToSI, type DisplayParams } from '../redraw';
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

/**
 * The worked solution renders as MathML, with the answer as the question prints it and no
 * NaN, Infinity or undefined in place of a number.
 */
export function expectWorkedSolution(problem: ProblemKind, p: SIParams): void {
  const answer = problem.solve(p);
  const node = problem.steps(p, answer);
  expect(node).toBeTruthy();
  const markup = renderToStaticMarkup(node);
  expect(markup).toContain('<math');
  expect(markup).not.toMatch(/NaN|Infinity|undefined/);
  expect(markup).toContain(
    formatQuantity(answer, problem.answer.unit, problem.answer.format).split(' ')[0],
  );
}

/**
 * What a chapter's exercises need of their kinds, for each exercise as the chapter writes it
 * (kind id and params in display units): the kind is registered under that id and declares
 * exactly those params, no mistake it diagnoses lies near the answer, and its worked solution
 * renders with the answer.
 */
export function testChapterExercises(exercises: readonly [string, DisplayParams][]): void {
  describe('the chapter’s problem kinds are registered', () => {
    test('PROBLEMS holds every kind the chapter names, under its own id', () => {
      for (const [id] of exercises) expect(PROBLEMS[id]?.id).toBe(id);
    });

    test('every parameter the chapter gives is one the kind declares, and none is missing', () => {
      for (const [id, display] of exercises) {
        expect(Object.keys(display).sort(), id).toEqual(Object.keys(PROBLEMS[id]!.params).sort());
      }
    });
  });

  describe('no mistake can be mistaken for the right answer', () => {
    test.each(exercises)('%s with the chapter’s numbers %o', (id, display) => {
      expectMistakesApart(PROBLEMS[id]!, si(id, display));
    });
  });

  describe('steps() writes the worked solution', () => {
    test.each(exercises)('%s: renders MathML with the answer and no NaN for %o', (id, display) => {
      expectWorkedSolution(PROBLEMS[id]!, si(id, display));
    });
  });
}

/**
 * "New numbers" for an exercise written with `display` (display units): sets 1 to `count` of
 * numbersForSet with every parameter that has a range redrawn. Each set's answer and mistakes
 * are finite, and its worked solution renders with the answer.
 */
export function expectRedrawsWork(problem: ProblemKind, display: DisplayParams, count = 20): void {
  const vary = Object.keys(problem.params).filter((key) => problem.params[key]!.redraw);
  for (let set = 1; set <= count; set++) {
    const p = paramsToSI(problem, numbersForSet(problem, problem.id, display, vary, set));
    const answer = problem.solve(p);
    expect(answer, `${problem.id}, set ${set}`).toSatisfy(Number.isFinite);
    for (const mistake of problem.mistakes(p, answer)) {
      expect(mistake.value, mistake.message).toSatisfy(Number.isFinite);
    }
    expectWorkedSolution(problem, p);
  }
}
