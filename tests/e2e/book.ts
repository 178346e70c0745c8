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

export type ExerciseInfo = { id: string; problem: string; varies: boolean };
export type WrittenChapter = { slug: string; title: string; exercises: ExerciseInfo[] };

export const WRITTEN_CHAPTERS: WrittenChapter[] = readdirSync(CONTENT)
  .map((file) => ({ file, slug: /^\d+-([a-z0-9-]+)\.mdx$/.exec(file)?.[1] }))
  .filter((entry): entry is { file: string; slug: string } => entry.slug !== undefined)
  .sort((a, b) => a.file.localeCompare(b.file))
  .map(({ file, slug }) => {
    const source = readFileSync(CONTENT + file, 'utf8');
    const exercises = [...source.matchAll(/<Exercise\s([^>]*)>/g)].map((match) => {
      const attributes = match[1] ?? '';
      const vary = /vary=\{\[([^\]]*)\]\}/.exec(attributes)?.[1] ?? '';
      return {
        id: /\bid="([^"]+)"/.exec(attributes)?.[1] ?? '',
        problem: /\bproblem="([^"]+)"/.exec(attributes)?.[1] ?? '',
        varies: /["']\w+["']/.test(vary),
      };
    });
    const title = CHAPTERS.find((chapter) => chapter.slug === slug)?.title ?? slug;
    return { slug, title, exercises };
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
