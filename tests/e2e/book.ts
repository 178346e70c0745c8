import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { CHAPTERS } from '../../src/book/chapters';

/**
 * The written chapters and their exercises, read from content/en when the tests are
 * collected, so a new chapter or exercise gets its own tests without editing them. The
 * contents page is checked against this list (routes.spec.ts), and each chapter's
 * exercises against the page (exercises.spec.ts), so the two cannot drift apart.
 */
const CONTENT = fileURLToPath(new URL('../../content/en/', import.meta.url));

/** A numeric exercise: an answer typed and checked against its problem kind. */
export type ExerciseInfo = { kind: 'number'; id: string; problem: string; varies: boolean };
/** A choice exercise: its options in order, the right one and each wrong one's mistake. */
export type ChoiceInfo = {
  kind: 'choice';
  id: string;
  options: { correct: boolean; mistake: string | null }[];
};
export type WrittenChapter = {
  slug: string;
  title: string;
  /** the numeric exercises, in page order */
  exercises: ExerciseInfo[];
  /** the choice exercises, in page order */
  choices: ChoiceInfo[];
  /** every exercise's id, numeric or choice, in page order */
  exerciseIds: string[];
};

export const WRITTEN_CHAPTERS: WrittenChapter[] = readdirSync(CONTENT)
  .map((file) => ({ file, slug: /^\d+-([a-z0-9-]+)\.mdx$/.exec(file)?.[1] }))
  .filter((entry): entry is { file: string; slug: string } => entry.slug !== undefined)
  .sort((a, b) => a.file.localeCompare(b.file))
  .map(({ file, slug }) => {
    const source = readFileSync(CONTENT + file, 'utf8');
    const exercises: ExerciseInfo[] = [];
    const choices: ChoiceInfo[] = [];
    const exerciseIds: string[] = [];
    const tags = /<Exercise\s([^>]*)>|<Choice\s([^>]*)>([\s\S]*?)<\/Choice>/g;
    for (const match of source.matchAll(tags)) {
      const attributes = match[1] ?? match[2] ?? '';
      const id = /\bid="([^"]+)"/.exec(attributes)?.[1] ?? '';
      exerciseIds.push(id);
      if (match[1] !== undefined) {
        const vary = /vary=\{\[([^\]]*)\]\}/.exec(attributes)?.[1] ?? '';
        exercises.push({
          kind: 'number',
          id,
          problem: /\bproblem="([^"]+)"/.exec(attributes)?.[1] ?? '',
          varies: /["']\w+["']/.test(vary),
        });
      } else {
        const options = [...(match[3] ?? '').matchAll(/<Option\b([^>]*)>/g)].map((option) => ({
          correct: /\bcorrect\b(?!=)|\bcorrect=\{true\}/.test(option[1] ?? ''),
          mistake: /\bmistake="([^"]+)"/.exec(option[1] ?? '')?.[1] ?? null,
        }));
        choices.push({ kind: 'choice', id, options });
      }
    }
    const title = CHAPTERS.find((chapter) => chapter.slug === slug)?.title ?? slug;
    return { slug, title, exercises, choices, exerciseIds };
  });

export const CHAPTERS_WITH_EXERCISES = WRITTEN_CHAPTERS.filter((c) => c.exercises.length > 0);

export const PROGRESS_KEY = 'membrane-potential:progress:v1';
export const THEME_KEY = 'membrane-potential:theme:v1';

/** Opens a chapter and waits until its MDX content (lazy) and outline are there. */
export async function openChapter(page: Page, slug: string): Promise<void> {
  await page.goto(`./#/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article.prose .loading')).toHaveCount(0);
  await expect(page.locator('article.prose h2').first()).toBeVisible();
}
