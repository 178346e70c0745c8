import { useCallback, useEffect, useMemo, useRef } from 'react';
import { decodeState, encodeState } from '../widgets/urlState';
import { findWidget } from '../widgets/registry';
import { WidgetFrame } from '../widgets/WidgetFrame';
import type { WidgetState } from '../widgets/params';
import { CHAPTERS } from './chapters';
import { useTheme } from './useTheme';
import { ThemeSwitch } from './ThemeSwitch';

type WidgetPageProps = { mode: 'present' | 'embed'; widgetId: string; search: URLSearchParams };

/**
 * One widget on its own page: full screen for a projector (`present`, high-contrast by
 * default) or without chrome for an iframe (`embed`). Its state comes from the URL, and
 * the URL follows the state (replaceState, debounced) so a copied link shows what is on
 * screen.
 */
export function WidgetPage({ mode, widgetId, search }: WidgetPageProps) {
  const definition = findWidget(widgetId);
  const { theme, choose } = useTheme(mode === 'present' ? 'projector' : 'auto');
  const decoded = useMemo(() => {
    if (!definition) return null;
    const result = decodeState(definition.params, search);
    const state = definition.normalise
      ? definition.normalise(result.state, result.given)
      : result.state;
    return { ...result, state };
    // The URL is read once, when the page opens; afterwards the state writes the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [definition]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onStateChange = useCallback(
    (state: WidgetState) => {
      if (!definition) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const hash = `#/${mode}/${definition.id}?${encodeState(definition.params, state)}`;
        if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
      }, 250);
    },
    [definition, mode],
  );

  if (!definition || !decoded) {
    return (
      <main id="main" className="widget-page">
        <h1>No such widget</h1>
        <p>
          This link names a widget the book does not have. <a href="#/">Go to the contents.</a>
        </p>
      </main>
    );
  }
  const chapter = CHAPTERS.find((c) => c.slug === definition.chapter);
  return (
    <main id="main" className={`widget-page widget-page-${mode}`}>
      <h1 className={mode === 'embed' ? 'visually-hidden' : 'widget-page-title'}>
        {definition.title}
      </h1>
      <WidgetFrame
        definition={definition}
        initial={decoded.state}
        mode={mode}
        notices={decoded.notices}
        onStateChange={onStateChange}
      />
      <footer className="widget-page-footer">
        {chapter && (
          <a
            href={`#/${chapter.slug}`}
            target={mode === 'embed' ? '_blank' : undefined}
            rel="noreferrer"
          >
            {mode === 'embed' ? 'Open in the book: ' : 'Back to the chapter: '}
            {chapter.title}
          </a>
        )}
        {mode === 'present' && <ThemeSwitch theme={theme} onChange={choose} />}
      </footer>
    </main>
  );
}
