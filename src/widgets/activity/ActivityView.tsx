import { useCallback, useMemo } from 'react';
import { IonPicker, Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  ACTIVITY_PARAMS,
  activityResults,
  describeActivity,
  gammaOf,
  MODELS,
  valenceText,
  VALENCES,
} from './definition';

const TONES = { limiting: 'series-1', extended: 'series-2', davies: 'series-3' } as const;
const SAMPLES = 200;
const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });
const gammaText = (g: number) => formatNumber(g, { digits: 3 });
/** √I with I in mol/L, from I in mM: the plot's x axis. */
const rootMolar = (strengthMM: number) => Math.sqrt(strengthMM / 1000);
const VALENCE_OPTIONS = VALENCES.map((v) => ({ value: String(v), label: valenceText(v) }));

/** The activity widget: γ against √I by three laws, and E from concentrations vs activities. */
export default function ActivityView({ state, set }: WidgetViewProps) {
  const results = activityResults(state);
  const z = numberOf(state, 'z');
  const strength = numberOf(state, 'I');
  const ionSize = numberOf(state, 'a');
  const chooseValence = useCallback((value: string) => set('z', Number(value)), [set]);

  // Each law as two lines: solid where it can be trusted, dashed beyond.
  const curves = useMemo(() => {
    const curveState = { z, a: ionSize };
    return MODELS.map((m) => {
      const edge = rootMolar(m.limit);
      const xs = Array.from({ length: SAMPLES + 1 }, (_, i) => i / SAMPLES);
      const point = (x: number) =>
        [x, gammaOf(curveState, m.model, x * x * 1000)] as readonly [number, number];
      return {
        ...m,
        trusted: [...xs.filter((x) => x < edge), edge].map(point),
        beyond: [edge, ...xs.filter((x) => x > edge)].map(point),
      };
    });
  }, [z, ionSize]);

  const slider = (key: string) => (
    <ParamSlider key={key} param={numberParam(ACTIVITY_PARAMS, key)} state={state} set={set} />
  );
  const size = formatQuantity(ionSize, 'Å', { digits: 2 });
  const x = rootMolar(strength);

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {slider('I')}
        <IonPicker
          legend="Valence z"
          options={VALENCE_OPTIONS}
          value={String(z)}
          onChange={chooseValence}
        />
        {slider('a')}
        {slider('cin')}
        {slider('cout')}
        {slider('gin')}
        {slider('gout')}
        {slider('T')}
      </div>
      <div className="widget-results">
        <div className="readouts">
          {results.gammas.map((g) => (
            <Readout
              key={g.model}
              name={`γ (${g.name})`}
              label={`γ, ${g.name}`}
              value={gammaText(g.gamma)}
            />
          ))}
        </div>
        <div className="readouts">
          <Readout
            name="E from activities"
            label="E from activities"
            value={mv(results.eActivity)}
            primary
          />
          <Readout
            name="E from concentrations"
            label="E from concentrations"
            value={mv(results.eConcentration)}
          />
          <Readout name="ΔE" label="ΔE = (RT/zF)·ln(γ_out/γ_in)" value={mv(results.shift)} />
        </div>
        <Figure
          title={`Activity coefficient γ of an ion with z = ${valenceText(z)} against √I, by three laws`}
          description={describeActivity(state)}
          height={300}
          margin={{ top: 28 }}
          scales={(width, height) => ({
            x: linearScale([0, 1], [0, width]),
            y: linearScale([0, 1], [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label="√I (I in mol/L)"
            format={(v) => formatNumber(v, { digits: 2 })}
            grid
          />
          <Axis orient="left" label="γ" format={(v) => formatNumber(v, { digits: 2 })} grid />
          <Rule x={x} label={`I = ${formatQuantity(strength, 'mM', { digits: 3 })}`} />
          {curves.map((c) => (
            <g key={c.model}>
              <Line points={c.trusted} tone={TONES[c.model]} label={`${c.name}, trusted`} />
              <Line points={c.beyond} tone={TONES[c.model]} dashed label={`${c.name}, beyond`} />
            </g>
          ))}
          {results.gammas.map((g) => (
            <Point
              key={g.model}
              x={x}
              y={g.gamma}
              tone={TONES[g.model]}
              name={`γ, ${g.name}, at this I`}
            />
          ))}
        </Figure>
        <Legend
          entries={MODELS.map((m) => ({
            label: `${m.model === 'extended' ? `extended law (a = ${size})` : m.name}, to ${formatQuantity(m.limit, 'mM')}`,
            tone: TONES[m.model],
          }))}
        />
        <p className="plot-key">
          Each law is solid up to the ionic strength where it can be trusted and dashed beyond. √I =
          0.1, 0.32, 0.71 and 1 √(mol/L) are I = 10, 100, 500 and 1000 mM. A and B are those of
          water at 25 °C (0.509 and 0.328 Å⁻¹); the temperature enters only E. γ<sub>in</sub> and γ
          <sub>out</sub> are set by their own sliders, not by I.
        </p>
      </div>
    </div>
  );
}
