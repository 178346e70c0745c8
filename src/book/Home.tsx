import { CHAPTERS } from './chapters';
import type { Strings } from './strings';

/** The contents page: the book's title and its chapters with one line each. */
export function Home({ strings }: { strings: Strings }) {
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
          {CHAPTERS.map((chapter) => (
            <li key={chapter.slug} className="chapter-card">
              <h3>
                <span className="chapter-number">
                  {strings.chapter} {chapter.number}
                </span>{' '}
                {chapter.title}
              </h3>
              <p>{chapter.summary}</p>
              <p className="status">{strings.comingSoon}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
