import { toSI } from '../units';
import type { ProblemKind, ProblemParam, SIParams, Story } from './ProblemKind';
import { hashString, seededRandom } from './random';

export type DisplayParams = Readonly<Record<string, number>>;

/** Parameters in the reader's units → SI ('' units are pure numbers). */
export function paramsToSI(problem: ProblemKind, display: DisplayParams): SIParams {
  const si: Record<string, number> = {};
  for (const [key, param] of Object.entries(problem.params)) {
    const value = display[key];
    if (value === undefined) throw new Error(`${problem.id}: missing parameter "${key}"`);
    si[key] = param.unit ? toSI(value, param.unit) : value;
  }
  return si;
}

/**
 * How far new numbers stray from the chapter's: a log-scale value within ×/÷ 1.5 of it, a
 * linear one within a fifth of its range either side. The chapter's numbers describe a
 * plausible cell, and so do their neighbours; the kind's range still bounds every draw.
 */
const LOG_BAND = 1.5;
const LINEAR_BAND = 0.2;

/** The interval a parameter is redrawn from around the chapter's value `base`. */
export function redrawInterval(
  range: NonNullable<ProblemParam['redraw']>,
  base: number,
): [number, number] {
  const [lo, hi] =
    range.scale === 'log'
      ? [base / LOG_BAND, base * LOG_BAND]
      : [
          base - LINEAR_BAND * (range.max - range.min),
          base + LINEAR_BAND * (range.max - range.min),
        ];
  return [Math.max(range.min, lo), Math.min(range.max, hi)];
}

/** Whether two stories state the same facts. */
export function sameStory(a: Story, b: Story): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The parameters of numbers set `set` of an exercise: set 0 is the chapter's own; set n
 * redraws the `vary` keys near the chapter's values (redrawInterval) with a generator
 * seeded by the exercise id and n, so a set is the same for every reader and every visit.
 * A draw the problem does not accept (e.g. a ratio too near 1), or whose story differs from
 * the chapter's numbers' (a driving force of the other sign), is drawn again.
 */
export function numbersForSet(
  problem: ProblemKind,
  exerciseId: string,
  base: DisplayParams,
  vary: readonly string[],
  set: number,
): DisplayParams {
  if (set === 0 || vary.length === 0) return base;
  const random = seededRandom(hashString(exerciseId) + set * 7919);
  const story = problem.story?.(paramsToSI(problem, base));
  for (let attempt = 0; attempt < 50; attempt++) {
    const drawn: Record<string, number> = { ...base };
    for (const key of vary) {
      const range = problem.params[key]?.redraw;
      if (!range) continue;
      const [lo, hi] = redrawInterval(range, base[key]!);
      const u = random();
      const value = range.scale === 'log' ? lo * (hi / lo) ** u : lo + (hi - lo) * u;
      drawn[key] = Number(value.toPrecision(range.digits));
    }
    const si = paramsToSI(problem, drawn);
    if (problem.accepts && !problem.accepts(si)) continue;
    if (story && problem.story && !sameStory(story, problem.story(si))) continue;
    return drawn;
  }
  return base;
}
