import { Suspense, useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Presets } from '../controls';
import { FitToScreenContext } from '../plot';
import { embedSnippet } from './embedSnippet';
import { steppedPresetIndex } from './steppedPresetIndex';
import type { WidgetState } from './params';
import { widgetRoute } from './urlState';
import { formatRoute } from '../common/route';
import { useNoShrink } from './useNoShrink';
import { useWidgetState } from './useWidgetState';
import type { WidgetDefinition, WidgetMode } from './WidgetDefinition';

type WidgetFrameProps = {
  definition: WidgetDefinition;
  initial: WidgetState;
  mode: WidgetMode;
  /** lines about URL values that were ignored or adjusted */
  notices?: readonly string[];
  /** told of every state change (presentation and embed pages mirror it in the URL) */
  onStateChange?: (state: WidgetState) => void;
  /** the presentation page's keyboard shortcuts act through this */
  ref?: Ref<WidgetCommands>;
};

/** What a host page can ask of a widget (presentation shortcuts). */
export type WidgetCommands = {
  /** applies the next (1) or previous (−1) preset, wrapping around */
  stepPreset(delta: 1 | -1): void;
  /** returns to the values the widget started with */
  reset(): void;
};

/**
 * The host around a widget's view: it owns the state, and offers the presets, a link to
 * the presentation page with the current state, "Copy link" and, in a chapter, "Copy
 * embed code".
 */
export function WidgetFrame({
  definition,
  initial,
  mode,
  notices = [],
  onStateChange,
  ref,
}: WidgetFrameProps) {
  const { state, set, replace, applyPreset, activePreset } = useWidgetState(definition, initial);
  const titleId = useId();
  const view = useRef<HTMLDivElement>(null);
  useNoShrink(view);
  const [message, setMessage] = useState<string | null>(null);
  const presentHash = formatRoute(widgetRoute('present', definition, state));
  const pageUrl = (hash: string) => `${window.location.origin}${window.location.pathname}${hash}`;

  useEffect(() => onStateChange?.(state), [state, onStateChange]);

  useImperativeHandle(
    ref,
    () => ({
      stepPreset(delta) {
        const { presets } = definition;
        if (presets.length === 0) return;
        const index = steppedPresetIndex(
          presets.findIndex((preset) => preset.id === activePreset),
          delta,
          presets.length,
        );
        applyPreset(presets[index]!.id);
        setMessage(`Preset ${index + 1} of ${presets.length}: ${presets[index]!.label}.`);
      },
      reset() {
        replace(initial);
        setMessage('Back to the starting values.');
      },
    }),
    [definition, activePreset, applyPreset, replace, initial],
  );

  // A blocked clipboard (no permission, an insecure page) still leaves the reader the
  // text to copy by hand.
  const copy = async (text: string, done: string, fallback: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(`${fallback} ${text}`);
    }
  };
  const copyLink = () => copy(pageUrl(presentHash), 'Link copied.', 'Copy this link:');
  const copyEmbed = () =>
    copy(
      embedSnippet({
        url: pageUrl(formatRoute(widgetRoute('embed', definition, state))),
        title: definition.title,
      }),
      'Embed code copied: paste it into a web page or a course page.',
      'Copy this embed code:',
    );

  return (
    <section
      className={`widget widget-${mode}`}
      aria-labelledby={titleId}
      data-widget={definition.id}
    >
      <div className="widget-header">
        {mode === 'chapter' ? (
          <p className="widget-title" id={titleId}>
            {definition.title}
          </p>
        ) : (
          // On its own page the widget's title is the page's heading, on the row of its
          // actions: a projector's first screen keeps that row's height for the plots.
          <h1 className={mode === 'embed' ? 'visually-hidden' : 'widget-page-title'} id={titleId}>
            {definition.title}
          </h1>
        )}
        {mode !== 'embed' && (
          <div className="widget-actions">
            {mode === 'chapter' && (
              <a className="button" href={presentHash}>
                Present
              </a>
            )}
            <button type="button" onClick={copyLink}>
              Copy link
            </button>
            {mode === 'chapter' && (
              <button type="button" onClick={copyEmbed}>
                Copy embed code
              </button>
            )}
          </div>
        )}
      </div>
      <Presets presets={definition.presets} active={activePreset} onSelect={applyPreset} />
      <p className="widget-status" role="status">
        {[...notices, message].filter(Boolean).join(' ')}
      </p>
      {/* The view does not get shorter as its slider moves, so what is below stays put. */}
      <div className="widget-view" ref={view}>
        <Suspense fallback={<p className="loading">Loading the widget…</p>}>
          {/* On a presentation page the plots fit the first screen where they nearly do. */}
          <FitToScreenContext.Provider value={mode === 'present'}>
            <definition.View state={state} set={set} replace={replace} mode={mode} />
          </FitToScreenContext.Provider>
        </Suspense>
      </div>
    </section>
  );
}
