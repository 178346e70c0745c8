import { formatRoute } from '../common/route';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useProgress } from '../exercises';
import { PrintSolutionsContext } from '../exercises/components/PrintSolutionsContext';
import { MDX_COMPONENTS } from '../mdx/components';
import { ChapterSlugContext } from '../mdx/Heading';
import { CHAPTER_CONTENT, WRITTEN_CHAPTERS } from './chapterContent';
import type { ChapterInfo } from './chapters';

type OutlineEntry = { id: string; text: string; level: number };

/** A chapter: title, its MDX content, an "On this page" outline and previous/next links. */
export function ChapterPage({ chapter, anchor }: { chapter: ChapterInfo; anchor: string | null }) {
  // The lazy components are made once, at module load (CHAPTER_CONTENT); this picks one.
  const Content = CHAPTER_CONTENT.get(chapter.slug);
  const article = useRef<HTMLElement>(null);
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const [printSolutions, setPrintSolutions] = useState(false);
  // The element the printed solutions go into (a callback ref: it exists after mounting).
  const [solutionsEnd, setSolutionsEnd] = useState<HTMLElement | null>(null);
  const { notice } = useProgress();
  const index = WRITTEN_CHAPTERS.findIndex((c) => c.slug === chapter.slug);
  const previous = WRITTEN_CHAPTERS[index - 1];
  const next = WRITTEN_CHAPTERS[index + 1];

  useEffect(() => {
    document.title = `${chapter.title} — Membrane Potential`;
  }, [chapter.title]);

  const onContentReady = () => {
    const headings = article.current?.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]') ?? [];
    setOutline(
      [...headings].map((h) => ({
        id: h.id,
        text: h.textContent?.replace(/#$/, '').trim() ?? '',
        level: h.tagName === 'H2' ? 2 : 3,
      })),
    );
  };

  useEffect(() => {
    if (!anchor || outline.length === 0) {
      if (!anchor) window.scrollTo(0, 0);
      return;
    }
    const target = document.getElementById(anchor);
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [anchor, outline]);

  return (
    <div className="chapter-layout">
      <main id="main" className="chapter">
        <p className="chapter-kicker">Chapter {chapter.number}</p>
        <h1>{chapter.title}</h1>
        {notice && <p className="notice">{notice}</p>}
        <article ref={article} className="prose">
          {Content ? (
            <ChapterSlugContext.Provider value={chapter.slug}>
              <PrintSolutionsContext.Provider value={printSolutions ? solutionsEnd : null}>
                <Suspense fallback={<p className="loading">Loading the chapter…</p>}>
                  {/* eslint-disable-next-line react-hooks/static-components -- made once per chapter at module load */}
                  <Content components={MDX_COMPONENTS} />
                  <Ready onReady={onContentReady} />
                </Suspense>
              </PrintSolutionsContext.Provider>
            </ChapterSlugContext.Provider>
          ) : (
            <p>This chapter is being written.</p>
          )}
        </article>
        {Content && (
          <div className="print-options">
            <label className="toggle">
              <input
                type="checkbox"
                checked={printSolutions}
                onChange={(event) => setPrintSolutions(event.target.checked)}
              />
              Print the worked solutions at the end
            </label>
            <button type="button" onClick={() => window.print()}>
              Print this chapter
            </button>
          </div>
        )}
        {/* Shown only in print: see theme.css. */}
        {printSolutions && (
          <section className="print-solutions" aria-label="Worked solutions">
            <h2>Worked solutions</h2>
            <div ref={setSolutionsEnd} />
          </section>
        )}
        <nav className="chapter-nav" aria-label="Chapters">
          {previous ? (
            <a href={formatRoute({ page: 'chapter', slug: previous.slug, anchor: null })}>
              ← {previous.title}
            </a>
          ) : (
            <a href={formatRoute({ page: 'home' })}>← Contents</a>
          )}
          {next ? (
            <a href={formatRoute({ page: 'chapter', slug: next.slug, anchor: null })}>
              {next.title} →
            </a>
          ) : (
            <a href={formatRoute({ page: 'home' })}>Contents →</a>
          )}
        </nav>
      </main>
      {outline.length > 0 && (
        <nav className="outline" aria-label="On this page">
          <details open>
            <summary>On this page</summary>
            <ul>
              {outline.map((entry) => (
                <li key={entry.id} className={`outline-${entry.level}`}>
                  <a href={formatRoute({ page: 'chapter', slug: chapter.slug, anchor: entry.id })}>
                    {entry.text}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      )}
    </div>
  );
}

/** Rendered after the content inside the same Suspense boundary: runs once it is there. */
function Ready({ onReady }: { onReady: () => void }) {
  const called = useRef(false);
  useEffect(() => {
    if (called.current) return;
    called.current = true;
    onReady();
  });
  return null;
}
