import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * A number the prose states, and where it comes from: `says` is the text as the chapter
 * writes it ("−65.9 mV"), `is` the same number formatted from the physics core (or the
 * reference neuron) by the test, so a change of either makes them differ.
 */
export type ProseFact = { says: string; is: string };

/**
 * A number with a unit that the prose states as a given, not a result: an input the
 * reader is told (a concentration of the reference neuron is a fact, not a given), a
 * quoted measurement with its source, a definition. `why` says which.
 */
export type ProseGiven = { says: string; why: string };

const CONTENT = join(import.meta.dirname, '../../../content');

/** A chapter's MDX, without its exercises (their numbers come from the problem kinds). */
export function chapterProse(file: string, language = 'en'): string {
  const source = readFileSync(join(CONTENT, language, file), 'utf8');
  return source.replace(/<Exercise\b[\s\S]*?<\/Exercise>/g, '');
}

/**
 * Numbers with a unit as prose writes them: a sign, digits with a decimal point, an
 * optional "× 10ⁿ", then a unit the book uses ("−95.0 mV", "1.4 × 10⁷ V/m", "4 %").
 */
const NUMBER_WITH_UNIT =
  /[−+-]?\d[\d,]*(?:\.\d+)?(?:\s?×\s?10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\s?(?:mV|mM|µM|nM|kJ\/mol|J\/mol|nm|µm|pA|nS|V\/m|µF\/cm²|F\/m²|°C|ms|min|%)(?![\w/])/g;

/** Every number with a unit in a chapter's prose, as written. */
export function numbersInProse(prose: string): string[] {
  return [...prose.matchAll(NUMBER_WITH_UNIT)].map((m) => m[0].replace(/^-/, '−'));
}

/**
 * Checks a chapter's prose against the core: every fact appears in it as the core formats
 * it, and every number with a unit in it is a fact or a given.
 */
export function expectProseNumbers(
  file: string,
  facts: readonly ProseFact[],
  givens: readonly ProseGiven[],
): void {
  const prose = chapterProse(file);
  for (const fact of facts) {
    expect(fact.says, `the prose's "${fact.says}" against the core`).toBe(fact.is);
    expect(prose.includes(fact.says), `"${fact.says}" is in ${file}`).toBe(true);
  }
  // A fact may be a whole sentence: every number in it is checked with it.
  const known = new Set([
    ...facts.flatMap((f) => [f.says, ...numbersInProse(f.says)]),
    ...givens.map((g) => g.says),
  ]);
  const unaccounted = [...new Set(numbersInProse(prose))].filter((n) => !known.has(n));
  expect(unaccounted, `numbers in ${file} that no fact or given accounts for`).toEqual([]);
}
