import { useCallback } from 'react';
import { IonPicker } from '../controls';
import { formatNumber } from '../units';
import { ION_CHOICES, ionLabel } from './ions';
import { ION_PARAMS } from './ionParams';
import { numberOf } from './params';
import { numberParam, ParamSlider } from './ParamSlider';
import type { WidgetViewProps } from './WidgetDefinition';

const VALENCES = [-3, -2, -1, 1, 2, 3];

/**
 * The one-ion controls: ion picker, a valence for a custom ion, both concentrations, T.
 * Choosing a named ion sets its valence and loads its concentrations (normaliseIon).
 */
export function IonControls({ state, set }: Pick<WidgetViewProps, 'state' | 'set'>) {
  const z = numberOf(state, 'z');
  const ion = ionLabel(String(state.ion), z);
  // `set` updates the state as it is when the choice is made, so this stays one function.
  const chooseIon = useCallback((value: string) => set('ion', value), [set]);
  return (
    <>
      <IonPicker
        legend="Ion"
        options={ION_CHOICES}
        value={String(state.ion)}
        onChange={chooseIon}
      />
      {state.ion === 'custom' && (
        <label className="select-field">
          Valence z{' '}
          <select value={z} onChange={(event) => set('z', Number(event.target.value))}>
            {VALENCES.map((v) => (
              <option key={v} value={v}>
                {formatNumber(v, { sign: true })}
              </option>
            ))}
          </select>
        </label>
      )}
      <ParamSlider
        param={numberParam(ION_PARAMS, 'cin')}
        state={state}
        set={set}
        label={`[${ion}] inside`}
      />
      <ParamSlider
        param={numberParam(ION_PARAMS, 'cout')}
        state={state}
        set={set}
        label={`[${ion}] outside`}
      />
      <ParamSlider param={numberParam(ION_PARAMS, 'T')} state={state} set={set} />
    </>
  );
}
