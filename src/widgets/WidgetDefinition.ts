import type { ComponentType, LazyExoticComponent } from 'react';
import type { Param, WidgetState } from './params';

/** A named scenario: values in the reader's units (as in URLs). */
export type Preset = {
  id: string;
  label: string;
  values: Readonly<Record<string, number | string>>;
};

/** What a widget's view receives from the host that owns its state. */
export type WidgetViewProps = {
  state: WidgetState;
  /** sets one parameter, in SI (clamped to its range) */
  set: (key: string, valueSI: number | string) => void;
  /** replaces the whole state (e.g. swapping inside and outside), or updates the previous one */
  replace: (state: WidgetState | ((previous: WidgetState) => WidgetState)) => void;
  mode: WidgetMode;
};

export type WidgetMode = 'chapter' | 'present' | 'embed';

/**
 * Everything the book knows about a widget, declared once: routes, presentation and embed
 * pages, the chapter tag, and the test and benchmark harnesses all read it.
 */
export type WidgetDefinition = {
  id: string;
  title: string;
  /** the chapter slug it belongs to */
  chapter: string;
  /** one line for the contents page */
  summary: string;
  params: readonly Param[];
  presets: readonly Preset[];
  /** the main plot's text description for a state */
  describe: (state: WidgetState) => string;
  /**
   * Makes a state consistent after it was decoded or changed (e.g. an ion's valence);
   * `given` holds the keys a URL or preset set explicitly.
   */
  normalise?: (state: WidgetState, given: ReadonlySet<string>) => WidgetState;
  View: LazyExoticComponent<ComponentType<WidgetViewProps>>;
};
