import { toSI } from '../units';
import type { ProblemKind, SIParams } from './ProblemKind';
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
 * The parameters of numbers set `set` of an exercise: set 0 is the chapter's own; set n
 * redraws the `vary` keys from the problem's ranges with a generator seeded by the
 * exercise id and n, so a set is the same for every reader and every visit. Draws the
 * problem does not accept (e.g. a ratio too near 1) are drawn again.
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
  for (let attempt = 0; attempt < 50; attempt++) {
    const drawn: Record<string, number> = { ...base };
    for (const key of vary) {
      const range = problem.params[key]?.redraw;
      if (!range) continue;
      const u = random();
      const value =
        range.scale === 'log'
          ? range.min * (range.max / range.min) ** u
          : range.min + (range.max - range.min) * u;
      drawn[key] = Number(value.toPrecision(range.digits));
    }
    if (!problem.accepts || problem.accepts(paramsToSI(problem, drawn))) return drawn;
  }
  return base;
}
