import { formatRoute } from '../common/route';
import { useProgress } from '../exercises/useProgress';
import { WIDGETS } from '../widgets/registry';
import { WRITTEN_CHAPTERS } from './chapterContent';
import { CHAPTERS } from './chapters';
import type { Strings } from './strings';

/** The contents page: the chapters, their widgets and the reader's exercise progress. */
export function Home({ strings }: { strings: Strings }) {
  const { progress } = useProgress();
  return (
    <main id="main" className="home">
      <header className="home-header">
        <h1>{strings.bookTitle}</h1>
        <p className="subtitle">{strings.bookSubtitle}</p>
        <p className="intro">{strings.intro}</p>
      </header>
      <section aria-labelledby="contents-heading">
        <h2 id="contents-heading">{strings.contents}</h2>
        <ol className="chapter-list">
          {CHAPTERS.map((chapter) => {
            const written = WRITTEN_CHAPTERS.includes(chapter);
            const widgets = WIDGETS.filter((w) => w.chapter === chapter.slug);
            const solved = Object.entries(progress.exercises).filter(
              ([id, entry]) => id.startsWith(`${chapter.slug}-`) && entry.solved,
            ).length;
            return (
              <li key={chapter.slug} className="chapter-card">
                <h3>
                  <span className="chapter-number">
                    {strings.chapter} {chapter.number}
                  </span>{' '}
                  {written ? (
                    <a href={formatRoute({ page: 'chapter', slug: chapter.slug, anchor: null })}>
                      {chapter.title}
                    </a>
                  ) : (
                    chapter.title
                  )}
                </h3>
                <p>{chapter.summary}</p>
                {widgets.length > 0 && (
                  <p className="chapter-widgets">
                    Widgets:{' '}
                    {widgets.map((w, i) => (
                      <span key={w.id}>
                        {i > 0 && ', '}
                        <a
                          href={formatRoute({
                            page: 'present',
                            widget: w.id,
                            search: new URLSearchParams(),
                          })}
                        >
                          {w.title}
                        </a>
                      </span>
                    ))}
                  </p>
                )}
                <p className="status">
                  {written ? `Exercises solved: ${solved}` : strings.comingSoon}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}
