import { useCallback, useMemo } from 'react';
import { IonPicker, Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { VALENCE_PARAM } from '../ionParams';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import { ACTIVITY_PARAMS, VALENCE_OPTIONS } from './activityParams';
import { ACTIVITY_WORDS, describeActivity } from './describe';
import { ACTIVITY_LAWS, activityResults, gammaCurves } from './model';

const WORDS = ACTIVITY_WORDS;
const TONES = { limiting: 'series-1', extended: 'series-2', davies: 'series-3' } as const;
const axisNumber = (value: number) => formatNumber(value, { digits: 2 });

/** The activity widget: γ against √I by three laws, and E from concentrations vs activities. */
export default function ActivityView({ state, set }: WidgetViewProps) {
  // The curves’ dependencies, read from the state itself: the React compiler cannot keep a memo
  // whose dependencies are read from an object later handed to functions, as `results` is.
  const z = numberOf(state, 'z');
  const ionSize = numberOf(state, 'a');
  const chooseValence = useCallback((value: string) => set('z', Number(value)), [set]);
  // Each law as two lines: solid where it can be trusted, dashed beyond.
  const curves = useMemo(() => gammaCurves(z, ionSize), [z, ionSize]);
  const results = activityResults(state);
  const { rootStrength } = results;

  const slider = (key: string) => (
    <ParamSlider key={key} param={numberParam(ACTIVITY_PARAMS, key)} state={state} set={set} />
  );

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {slider('I')}
        <IonPicker
          legend={VALENCE_PARAM.label}
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
              name={WORDS.readouts.gamma.name(g.model)}
              label={WORDS.readouts.gamma.label(g.model)}
              value={WORDS.gamma(g.gamma)}
            />
          ))}
        </div>
        <div className="readouts">
          <Readout
            {...WORDS.readouts.eActivity}
            value={WORDS.potential(results.eActivity)}
            primary
          />
          <Readout
            {...WORDS.readouts.eConcentration}
            value={WORDS.potential(results.eConcentration)}
          />
          <Readout {...WORDS.readouts.shift} value={WORDS.potential(results.shift)} />
        </div>
        <Figure
          title={WORDS.plotTitle(z)}
          description={describeActivity(state)}
          height={300}
          margin={{ top: 28 }}
          scales={(width, height) => ({
            x: linearScale([0, 1], [0, width]),
            y: linearScale([0, 1], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.xAxis} format={axisNumber} grid />
          <Axis orient="left" label={WORDS.yAxis} format={axisNumber} grid />
          <Rule x={rootStrength} label={WORDS.strengthRule(results.strength)} />
          {curves.map((c) => (
            <g key={c.model}>
              <Line points={c.trusted} tone={TONES[c.model]} label={WORDS.trustedLine(c.model)} />
              <Line
                points={c.beyond}
                tone={TONES[c.model]}
                dashed
                label={WORDS.beyondLine(c.model)}
              />
            </g>
          ))}
          {results.gammas.map((g) => (
            <Point
              key={g.model}
              x={rootStrength}
              y={g.gamma}
              tone={TONES[g.model]}
              name={WORDS.point(g.model)}
            />
          ))}
        </Figure>
        <Legend
          entries={ACTIVITY_LAWS.map((law) => ({
            label: WORDS.legend(law.model, law.limit, ionSize),
            tone: TONES[law.model],
          }))}
        />
        <PlotKey text={WORDS.plotKey} />
      </div>
    </div>
  );
}
