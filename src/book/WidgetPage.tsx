import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatRoute } from '../common/route';
import { decodeState, widgetRoute } from '../widgets/urlState';
import { useWidgetDefinition } from '../widgets/useWidgetDefinition';
import { WidgetFrame, type WidgetCommands } from '../widgets/WidgetFrame';
import type { WidgetState } from '../widgets/params';
import { CHAPTERS } from './chapters';
import type { PresentationCommand } from './presentationShortcuts';
import { ShortcutHelp } from './ShortcutHelp';
import { ThemeSwitch } from './ThemeSwitch';
import { usePresentationShortcuts } from './usePresentationShortcuts';
import { useTheme, type Theme } from './useTheme';

const THEME_CYCLE: readonly Theme[] = ['projector', 'light', 'auto'];
const THEME_NAMES: Record<Theme, string> = {
  projector: 'projector',
  light: 'light',
  auto: 'the system’s',
};

type WidgetPageProps = { mode: 'present' | 'embed'; widgetId: string; search: URLSearchParams };

/**
 * One widget on its own page: full screen for a projector (`present`, high-contrast by
 * default) or without chrome for an iframe (`embed`). Its state comes from the URL, and
 * the URL follows the state (replaceState, debounced) so a copied link shows what is on
 * screen.
 */
export function WidgetPage({ mode, widgetId, search }: WidgetPageProps) {
  const definition = useWidgetDefinition(widgetId);
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
  const widget = useRef<WidgetCommands>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [said, say] = useState('');

  const run = (command: PresentationCommand) => {
    if (command === 'next-preset') widget.current?.stepPreset(1);
    else if (command === 'previous-preset') widget.current?.stepPreset(-1);
    else if (command === 'reset') widget.current?.reset();
    else if (command === 'help') setHelpOpen((open) => !open);
    else if (command === 'theme') {
      const next = THEME_CYCLE[(THEME_CYCLE.indexOf(theme) + 1) % THEME_CYCLE.length]!;
      choose(next);
      say(`Theme: ${THEME_NAMES[next]}.`);
    } else void toggleFullscreen().then(say);
  };
  const { singleKeys, chooseSingleKeys } = usePresentationShortcuts(mode === 'present', run);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onStateChange = useCallback(
    (state: WidgetState) => {
      if (!definition) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const hash = formatRoute(widgetRoute(mode, definition, state));
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
          This link names a widget the book does not have.{' '}
          <a href={formatRoute({ page: 'home' })}>Go to the contents.</a>
        </p>
      </main>
    );
  }
  const chapter = CHAPTERS.find((c) => c.slug === definition.chapter);
  return (
    <main id="main" className={`widget-page widget-page-${mode}`}>
      <WidgetFrame
        definition={definition}
        initial={decoded.state}
        mode={mode}
        notices={decoded.notices}
        onStateChange={onStateChange}
        ref={widget}
      />
      <footer className="widget-page-footer">
        {chapter && (
          <a
            href={formatRoute({ page: 'chapter', slug: chapter.slug, anchor: null })}
            target={mode === 'embed' ? '_blank' : undefined}
            rel="noreferrer"
          >
            {mode === 'embed' ? 'Open in the book: ' : 'Back to the chapter: '}
            {chapter.title}
          </a>
        )}
        {mode === 'present' && (
          <>
            <p className="widget-page-status" role="status">
              {said}
            </p>
            <button type="button" onClick={() => setHelpOpen(true)}>
              Keyboard shortcuts
            </button>
            <ThemeSwitch theme={theme} onChange={choose} />
            <ShortcutHelp
              open={helpOpen}
              onClose={() => setHelpOpen(false)}
              singleKeys={singleKeys}
              onSingleKeysChange={chooseSingleKeys}
            />
          </>
        )}
      </footer>
    </main>
  );
}

/** Enters or leaves full screen; returns what to tell the reader. */
async function toggleFullscreen(): Promise<string> {
  try {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
      return 'Full screen off.';
    }
    await document.documentElement.requestFullscreen();
    return 'Full screen on: press F or Escape to leave.';
  } catch {
    return 'Full screen is not available here (the browser or the embedding page blocks it).';
  }
}
