import { memo } from 'react';
import { Slider } from '../controls';
import { numberOf, paramFromSI, paramToSI, type NumberParam, type WidgetState } from './params';

type ParamSliderProps = {
  param: NumberParam;
  state: WidgetState;
  set: (key: string, valueSI: number) => void;
  /** a label that overrides the parameter's, e.g. "[K⁺] inside" */
  label?: string;
};

/**
 * The shared slider bound to one widget parameter: converts SI ↔ the reader's unit.
 * It re-renders only when its own value (or its parameter, label or setter) changes, so a
 * step of one slider does not re-render every other control of the widget.
 */
export const ParamSlider = memo(ParamSliderView, (before, after) => {
  return (
    before.param === after.param &&
    before.label === after.label &&
    before.set === after.set &&
    numberOf(before.state, before.param.key) === numberOf(after.state, after.param.key)
  );
});

function ParamSliderView({ param, state, set, label }: ParamSliderProps) {
  return (
    <Slider
      label={label ?? param.label}
      unit={param.unit}
      dimension={param.dimension}
      value={paramFromSI(param, numberOf(state, param.key))}
      min={param.min}
      max={param.max}
      step={param.step}
      scale={param.scale}
      digits={param.digits}
      onChange={(display) => set(param.key, paramToSI(param, display))}
    />
  );
}

/** The number parameter with this key, for views that lay out their own controls. */
export function numberParam(params: readonly { key: string }[], key: string): NumberParam {
  const param = params.find((p) => p.key === key) as NumberParam | undefined;
  if (!param || (param as { kind: string }).kind !== 'number') {
    throw new Error(`no number parameter "${key}"`);
  }
  return param;
}
