import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { MISTAKE_CODES } from '../../../src/exercises/mistakeCodes';

/**
 * A chapter's <Choice> questions, as the content README asks for them: at least two, each
 * with one right option, every option saying why, every wrong one naming a documented code.
 */
export function expectChoiceRules(file: string): void {
  const source = readFileSync(join(import.meta.dirname, '../../../content/en', file), 'utf8');
  const choices = [...source.matchAll(/<Choice\b[\s\S]*?<\/Choice>/g)].map((m) => m[0]);
  expect(choices.length).toBeGreaterThanOrEqual(2);
  for (const choice of choices) {
    const options = [...choice.matchAll(/<Option\b([^>]*)>/g)].map((m) => m[1]!);
    expect(
      options.filter((o) => /\bcorrect\b/.test(o)),
      choice,
    ).toHaveLength(1);
    for (const option of options) {
      expect(option, choice).toMatch(/\bwhy="[^"]+"/);
      const code = /\bmistake="([^"]+)"/.exec(option)?.[1];
      if (!/\bcorrect\b/.test(option)) expect(MISTAKE_CODES).toContain(code);
    }
  }
}
