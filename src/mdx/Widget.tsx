import { Suspense, useMemo } from 'react';
import { defaultState, withDisplayValues } from '../widgets/params';
import { useWidgetDefinition } from '../widgets/useWidgetDefinition';
import { WidgetFrame } from '../widgets/WidgetFrame';

type WidgetProps = { name: string; preset?: string };

/** <Widget name="nernst" preset="squid-k" />: a registered widget inside a chapter. */
export function Widget(props: WidgetProps) {
  // Its own boundary: the chapter shows without waiting for its widgets' definitions, and
  // all of them load at once rather than one after another.
  return (
    <Suspense fallback={<p className="loading">Loading the widget…</p>}>
      <ChapterWidget {...props} />
    </Suspense>
  );
}

function ChapterWidget({ name, preset }: WidgetProps) {
  const definition = useWidgetDefinition(name);
  if (!definition) throw new Error(`<Widget name="${name}">: no such widget is registered`);
  const initial = useMemo(() => {
    const values = definition.presets.find((p) => p.id === preset)?.values ?? {};
    const state = withDisplayValues(definition.params, defaultState(definition.params), values);
    return definition.normalise ? definition.normalise(state, new Set(Object.keys(values))) : state;
  }, [definition, preset]);
  return <WidgetFrame definition={definition} initial={initial} mode="chapter" />;
}
