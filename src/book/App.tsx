import { formatRoute } from '../common/route';
import { lazy, Suspense } from 'react';
import { CHAPTERS } from './chapters';
import { STRINGS } from './strings';
import { ThemeSwitch } from './ThemeSwitch';
import { useRoute } from './useRoute';
import { useTheme } from './useTheme';

// The contents page (which lists every widget, so carries every widget's definition),
// chapters (with the MDX tag set and the exercise engine) and single-widget pages load
// when first opened, so that each carries only what it shows.
const Home = lazy(() => import('./Home').then((module) => ({ default: module.Home })));
const ChapterPage = lazy(() =>
  import('./ChapterPage').then((module) => ({ default: module.ChapterPage })),
);
const WidgetPage = lazy(() =>
  import('./WidgetPage').then((module) => ({ default: module.WidgetPage })),
);

/** The book's shell: hash routes to the contents, chapters and single-widget pages. */
export function App() {
  const route = useRoute();
  const strings = STRINGS.en;
  if (route.page === 'present' || route.page === 'embed') {
    // The key remounts the page when the reader opens another widget or edits the address;
    // the page's own replaceState calls fire no hashchange, so they do not remount it.
    return (
      <Suspense fallback={<p className="loading">{strings.loading}</p>}>
        <WidgetPage
          key={`${route.page}/${route.widget}?${route.search.toString()}`}
          mode={route.page}
          widgetId={route.widget}
          search={route.search}
        />
      </Suspense>
    );
  }
  return <BookPage strings={strings} route={route} />;
}

function BookPage({
  strings,
  route,
}: {
  strings: (typeof STRINGS)['en'];
  route: ReturnType<typeof useRoute>;
}) {
  const { theme, choose } = useTheme();
  const chapter =
    route.page === 'chapter' ? CHAPTERS.find((c) => c.slug === route.slug) : undefined;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <a className="site-title" href={formatRoute({ page: 'home' })}>
          {strings.bookTitle}
        </a>
        <ThemeSwitch theme={theme} onChange={choose} />
      </header>
      {route.page === 'home' && (
        <Suspense fallback={<p className="loading">{strings.loading}</p>}>
          <Home strings={strings} />
        </Suspense>
      )}
      {chapter && route.page === 'chapter' && (
        <Suspense fallback={<p className="loading">{strings.loading}</p>}>
          <ChapterPage key={chapter.slug} chapter={chapter} anchor={route.anchor} />
        </Suspense>
      )}
      {(route.page === 'not-found' || (route.page === 'chapter' && !chapter)) && (
        <main id="main" className="home">
          <h1>Page not found</h1>
          <p>
            The book has no page at this address.{' '}
            <a href={formatRoute({ page: 'home' })}>Go to the contents.</a>
          </p>
        </main>
      )}
    </>
  );
}

/** With hash routes, "#main" would be read as a route: move focus by hand instead. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
}
