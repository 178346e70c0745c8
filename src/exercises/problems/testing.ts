import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../units';
import { answerSpec } from '../answerSpec';
import { checkAnswer, type CheckResult } from '../checkAnswer';
import { MISTAKE_CODES } from '../mistakeCodes';
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
 * Every diagnosed mistake is finite, named by a documented code, and far enough from the
 * answer that the windows the checker accepts around the two do not overlap.
 */
export function expectMistakesApart(problem: ProblemKind, p: SIParams): void {
  const answer = problem.solve(p);
  const mistakes = problem.mistakes(p, answer);
  expect(mistakes.length, problem.id).toBeGreaterThan(0);
  for (const mistake of mistakes) {
    expect(Number.isFinite(mistake.value)).toBe(true);
    expect(MISTAKE_CODES).toContain(mistake.code);
    const gap = Math.abs(mistake.value - answer);
    expect(gap, mistake.code).toBeGreaterThan(
      tolerance(problem, answer) + tolerance(problem, mistake.value),
    );
  }
}

/** expectMistakesApart for every parameter set (SI) `redrawn` draws that the kind accepts. */
export function expectMistakesApartWhenAccepted(
  problem: ProblemKind,
  redrawn: fc.Arbitrary<SIParams>,
): void {
  fc.assert(
    fc.property(redrawn, (p) => {
      fc.pre(problem.accepts?.(p) ?? true);
      expectMistakesApart(problem, p);
    }),
  );
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
      expect(mistake.value, mistake.code).toSatisfy(Number.isFinite);
    }
    expectWorkedSolution(problem, p);
  }
}

/**
 * The three tests every problem kind's own tests hold: for the chapter's parameter sets
 * `chapter` (SI), no mistake can be mistaken for the answer and the worked solution renders
 * with it; for the exercises as the chapter writes them (`written`, display units), "New
 * numbers" give finite answers and mistakes, and solutions that render.
 */
export function testKindBasics(
  problem: ProblemKind,
  chapter: readonly SIParams[],
  written: readonly DisplayParams[],
): void {
  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of chapter) expectMistakesApart(problem, p);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of chapter) expectWorkedSolution(problem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    for (const display of written) expectRedrawsWork(problem, display);
  });
}

/**
 * "New numbers" keep the story: for an exercise written with `display` (display units) that
 * varies `vary`, sets 1 to `count` tell the same story as the chapter's numbers, and most of
 * them are new numbers (a set that cannot keep the story falls back to the chapter's).
 */
export function expectStoryKept(
  problem: ProblemKind,
  exerciseId: string,
  display: DisplayParams,
  vary: readonly string[],
  count = 200,
): void {
  const story = problem.story!(paramsToSI(problem, display));
  let fresh = 0;
  for (let set = 1; set <= count; set++) {
    const drawn = numbersForSet(problem, exerciseId, display, vary, set);
    if (vary.some((key) => drawn[key] !== display[key])) fresh++;
    expect(problem.story!(paramsToSI(problem, drawn)), `${exerciseId}, set ${set}`).toEqual(story);
  }
  expect(fresh).toBeGreaterThan(0.95 * count);
}

/** What the checker says to `typed` for a kind's exercise with parameters `p` (SI). */
export function checkTyped(problem: ProblemKind, p: SIParams, typed: string): CheckResult {
  return checkAnswer(typed, answerSpec(problem, p, problem.solve(p)));
}
