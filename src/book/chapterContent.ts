import { lazy, type LazyExoticComponent } from 'react';
import type { MDXContent } from 'mdx/types';
import { CHAPTERS } from './chapters';

// Each chapter's MDX is its own chunk, loaded when the chapter is opened.
const modules = import.meta.glob<{ default: MDXContent }>('../../content/en/*.mdx');

const bySlug = new Map<string, () => Promise<{ default: MDXContent }>>();
for (const [path, load] of Object.entries(modules)) {
  const slug = /\/\d+-([a-z0-9-]+)\.mdx$/.exec(path)?.[1];
  if (slug) bySlug.set(slug, load);
}

/** Each written chapter's content as a lazily loaded component, by slug. */
export const CHAPTER_CONTENT: ReadonlyMap<string, LazyExoticComponent<MDXContent>> = new Map(
  [...bySlug].map(([slug, load]) => [slug, lazy(load)]),
);
/** The chapters that exist, in reading order. */
export const WRITTEN_CHAPTERS = CHAPTERS.filter((chapter) => bySlug.has(chapter.slug));
