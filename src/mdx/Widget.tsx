import { useMemo } from 'react';
import { defaultState, withDisplayValues } from '../widgets/params';
import { findWidget } from '../widgets/registry';
import { WidgetFrame } from '../widgets/WidgetFrame';

/** <Widget name="nernst" preset="squid-k" />: a registered widget inside a chapter. */
export function Widget({ name, preset }: { name: string; preset?: string }) {
  const definition = findWidget(name);
  if (!definition) throw new Error(`<Widget name="${name}">: no such widget is registered`);
  const initial = useMemo(() => {
    const values = definition.presets.find((p) => p.id === preset)?.values ?? {};
    const state = withDisplayValues(definition.params, defaultState(definition.params), values);
    return definition.normalise ? definition.normalise(state, new Set(Object.keys(values))) : state;
  }, [definition, preset]);
  return <WidgetFrame definition={definition} initial={initial} mode="chapter" />;
}
