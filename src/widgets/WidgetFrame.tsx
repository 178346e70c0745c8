import { Suspense, useEffect, useId, useState } from 'react';
import { Presets } from '../controls';
import type { WidgetState } from './params';
import { encodeState } from './urlState';
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
};

/**
 * The host around a widget's view: it owns the state, and offers the presets, a link to
 * the presentation page with the current state, and "Copy link".
 */
export function WidgetFrame({
  definition,
  initial,
  mode,
  notices = [],
  onStateChange,
}: WidgetFrameProps) {
  const { state, set, replace, applyPreset, activePreset } = useWidgetState(definition, initial);
  const titleId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const query = encodeState(definition.params, state);
  const presentHash = `#/present/${definition.id}?${query}`;

  useEffect(() => onStateChange?.(state), [state, onStateChange]);

  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}${presentHash}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      setCopied(`Copy this link: ${url}`);
    }
  };

  return (
    <section
      className={`widget widget-${mode}`}
      aria-labelledby={titleId}
      data-widget={definition.id}
    >
      <div className="widget-header">
        <p className={mode === 'chapter' ? 'widget-title' : 'visually-hidden'} id={titleId}>
          {definition.title}
        </p>
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
          </div>
        )}
      </div>
      <Presets presets={definition.presets} active={activePreset} onSelect={applyPreset} />
      <p className="widget-status" role="status">
        {[...notices, copied].filter(Boolean).join(' ')}
      </p>
      <Suspense fallback={<p className="loading">Loading the widget…</p>}>
        <definition.View state={state} set={set} replace={replace} mode={mode} />
      </Suspense>
    </section>
  );
}
