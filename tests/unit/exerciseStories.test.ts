import { describe, expect, test } from 'vitest';
import { answerSpec } from '../../src/exercises/answerSpec';
import { checkAnswer } from '../../src/exercises/checkAnswer';
import { PROBLEMS } from '../../src/exercises/problems/index';
import type { ProblemKind } from '../../src/exercises/ProblemKind';
import { numbersForSet, paramsToSI, sameStory } from '../../src/exercises/redraw';
import { chapterExercises } from './chapterExercises';

// Every exercise of the chapters, with the numbers the chapter gives and 1000 sets of new
// numbers: what its words state must stay true, and its checker must name its mistakes.
const EXERCISES = chapterExercises();
const KINDS: Record<string, ProblemKind> = Object.fromEntries(
  await Promise.all(Object.entries(PROBLEMS).map(async ([id, load]) => [id, await load()])),
);
const SETS = 1000;

describe('the chapters’ exercises', () => {
  test('are read from the chapters, each naming a registered problem kind', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(50);
    for (const exercise of EXERCISES) expect(KINDS[exercise.problem], exercise.id).toBeDefined();
  });

  test.each(EXERCISES.filter((e) => e.vary.length > 0).map((e) => [e.id, e] as const))(
    '%s: 1000 sets of new numbers keep its story and stay near its numbers',
    (_, exercise) => {
      const kind = KINDS[exercise.problem]!;
      const story = kind.story?.(paramsToSI(kind, exercise.params));
      let unchanged = 0;
      for (let set = 1; set <= SETS; set++) {
        const drawn = numbersForSet(kind, exercise.id, exercise.params, exercise.vary, set);
        if (JSON.stringify(drawn) === JSON.stringify(exercise.params)) unchanged++;
        const si = paramsToSI(kind, drawn);
        if (story) expect(sameStory(story, kind.story!(si)), `set ${set}`).toBe(true);
        expect(Number.isFinite(kind.solve(si))).toBe(true);
      }
      // Falling back to the chapter's numbers is for the odd unlucky draw, not the rule.
      expect(unchanged).toBeLessThan(SETS / 100);
    },
  );

  test.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s: each mistake it knows is named when typed, with a message that says nothing twice',
    (_, exercise) => {
      const kind = KINDS[exercise.problem]!;
      const si = paramsToSI(kind, exercise.params);
      const answer = kind.solve(si);
      const spec = answerSpec(kind, si, answer);
      const tolerance = Math.max(spec.relative * Math.abs(answer), spec.absolute);
      for (const mistake of spec.mistakes) {
        // A mistake that gives the answer (within its tolerance) cannot be told from it.
        if (!Number.isFinite(mistake.value) || Math.abs(mistake.value - answer) <= tolerance)
          continue;
        const result = checkAnswer(`${mistake.value} ${siUnit(kind)}`, spec);
        expect(result.verdict, mistake.code).toBe('incorrect');
        expect(result.mistake).toBeDefined();
        const sentences = result.message.split(/(?<=[.!?])\s+/);
        expect(new Set(sentences).size, result.message).toBe(sentences.length);
      }
    },
  );
});

/** The SI unit the answer's dimension is written in, so a mistake's SI value can be typed. */
function siUnit(kind: ProblemKind): string {
  const units: Record<string, string> = {
    voltage: 'V',
    molarEnergy: 'J/mol',
    length: 'm',
    current: 'A',
    currentDensity: 'A/m²',
    specificCapacitance: 'F/m²',
    capacitance: 'F',
    field: 'V/m',
    chargeDensity: 'C/m²',
    charge: 'C',
    concentration: 'mM',
    temperature: 'K',
    conductance: 'S',
    time: 's',
    rate: '1/s',
    permeability: 'm/s',
    dimensionless: '',
    count: '',
  };

  const unit = units[kind.answer.dimension];
  if (unit === undefined) throw new Error(`no SI unit written for ${kind.answer.dimension}`);
  return unit;
}
