import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { ION_TONES } from '../ionTones';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeCurrentsOf, IV_WORDS } from './describe';
import { IV_PARAMS } from './ivParams';
import { currentsOf, FOUR_ION_KEYS, VOLTAGE_DOMAIN_MV } from './model';

const WORDS = IV_WORDS;

const plainNumber = (v: number) => formatNumber(v);
const threeDigits = (v: number) => formatNumber(v, { digits: 3 });

/** The lines, named as the legend and the CSV name them: each ion's, the total, the chord line. */
const ION_LINES = FOUR_ION_KEYS.map((key) => ({
  label: WORDS.ionLine(key),
  tone: ION_TONES[key],
  dashed: true,
}));
const TOTAL = { label: WORDS.lines.total, tone: 'series-4' } as const;
const CHORD = { label: WORDS.lines.chord, tone: 'muted' } as const;

/** The iv widget: GHK I–V curves per ion and in total, with the chord-conductance line. */
export default function IvView({ state, set }: WidgetViewProps) {
  const currents = useMemo(() => currentsOf(state), [state]);
  const { reversal, perIon, total, chordLine, extent } = currents;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {IV_PARAMS.map((param) => (
          <ParamSlider
            key={param.key}
            param={numberParam(IV_PARAMS, param.key)}
            state={state}
            set={set}
          />
        ))}
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout {...WORDS.readouts.reversal} value={WORDS.potential(reversal)} primary />
          <Readout
            {...WORDS.readouts.withoutCalcium}
            value={WORDS.potential(currents.withoutCalcium)}
          />
          <Readout {...WORDS.readouts.rectification} value={WORDS.ratio(currents.rectification)} />
        </div>
        <Figure
          title={WORDS.plotTitle}
          description={describeCurrentsOf(currents)}
          height={320}
          scales={(width, height) => ({
            x: linearScale(VOLTAGE_DOMAIN_MV, [0, width]),
            y: linearScale([-extent, extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.xAxis} format={plainNumber} grid />
          <Axis orient="left" label={WORDS.yAxis} format={threeDigits} grid />
          <Rule y={0} />
          {perIon.map((curve, i) => (
            <Line key={FOUR_ION_KEYS[i]} points={curve} {...ION_LINES[i]!} />
          ))}
          <Line points={chordLine} {...CHORD} />
          <Line points={total} {...TOTAL} />
          {/* Right of V_rev and below zero is the one quarter the curves leave empty. */}
          <Point
            x={reversal * 1000}
            y={0}
            tone={TOTAL.tone}
            label={WORDS.reversalPoint(reversal)}
            labelBelow
          />
        </Figure>
        <Legend entries={[...ION_LINES, TOTAL, CHORD]} />
        <p className="plot-key">{WORDS.plotKey(currents)}</p>
      </div>
    </div>
  );
}
