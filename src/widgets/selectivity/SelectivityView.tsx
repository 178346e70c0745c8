import { useCallback, useMemo } from 'react';
import { IonPicker, Readout } from '../../controls';
import { Axis, Band, Figure, Legend, Line, linearScale, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  describeSelectivity,
  describeTransfer,
  selectivityIonLabel,
  SELECTIVITY_WORDS,
} from './describe';
import {
  CAVITY_DOMAIN_NM,
  chosenRow,
  selectivityBars,
  selectivityOf,
  transferCurves,
} from './model';
import { SELECTIVITY_ION_OPTIONS, SELECTIVITY_PARAMS } from './selectivityParams';

const WORDS = SELECTIVITY_WORDS;
const TONES = ['series-3', 'series-2', 'series-1', 'series-4', 'series-5'];
/** The transfer-energy plot's ΔG axis, kJ/mol: every ion over the whole cavity range. */
const TRANSFER_DOMAIN = [-40, 80] as const;
const axisNumber = (value: number) => formatNumber(value);

/** The selectivity widget: energies of five alkali ions in a carbonyl cage. */
export default function SelectivityView({ state, set }: WidgetViewProps) {
  const rows = selectivityOf(state);
  const chosen = chosenRow(state, rows);
  const cavity = numberOf(state, 'cavity');
  const chooseIon = useCallback((value: string) => set('ion', value), [set]);
  const curves = useMemo(() => transferCurves(), []);
  const { bars, extent } = selectivityBars(rows);
  const labels = rows.map((row) => selectivityIonLabel(row.key));

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonPicker
          legend={WORDS.params.ion}
          options={SELECTIVITY_ION_OPTIONS}
          value={String(state.ion)}
          onChange={chooseIon}
        />
        <ParamSlider param={numberParam(SELECTIVITY_PARAMS, 'cavity')} state={state} set={set} />
        <PlotKey text={WORDS.note} />
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name={WORDS.readouts.ratio.name}
            label={WORDS.readouts.ratio.label(chosen)}
            value={WORDS.ratio(chosen)}
            primary
          />
          <Readout {...WORDS.readouts.dehydration} value={WORDS.energy(chosen.dehydrationCost)} />
          <Readout
            {...WORDS.readouts.coordination}
            value={WORDS.energy(chosen.coordinationEnergy)}
          />
          <Readout {...WORDS.readouts.transfer} value={WORDS.energy(chosen.transferEnergy)} />
        </div>
        <Figure
          title={WORDS.bars.title}
          description={describeSelectivity(state)}
          height={240}
          scales={(width, height) => ({
            x: linearScale([0, 5], [0, width]),
            y: linearScale([-extent, extent], [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label={WORDS.bars.xAxis}
            ticks={[0.5, 1.5, 2.5, 3.5, 4.5]}
            format={(v) => labels[Math.floor(v)] ?? ''}
          />
          <Axis orient="left" label={WORDS.bars.yAxis} format={axisNumber} grid />
          <Rule y={0} dashed={false} />
          {bars.map((bar, i) => (
            <g key={bar.key}>
              <Band x={[i + 0.12, i + 0.48]} y={[0, bar.dehydration]} tone="series-2" />
              <Band x={[i + 0.52, i + 0.88]} y={[bar.coordination, 0]} tone="series-1" />
            </g>
          ))}
        </Figure>
        <Legend
          entries={[
            { label: WORDS.bars.legend.dehydration, tone: 'series-2' },
            { label: WORDS.bars.legend.coordination, tone: 'series-1' },
          ]}
        />
        <Figure
          title={WORDS.transfer.title}
          description={describeTransfer(cavity, rows)}
          height={240}
          scales={(width, height) => ({
            x: linearScale(CAVITY_DOMAIN_NM, [0, width]),
            y: linearScale(TRANSFER_DOMAIN, [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.transfer.xAxis} format={axisNumber} grid />
          <Axis orient="left" label={WORDS.transfer.yAxis} format={axisNumber} grid />
          <Rule y={0} />
          <Rule x={cavity * 1e9} label={WORDS.transfer.now} />
          {curves.map((curve, i) => (
            <Line key={curve.key} points={curve.points} tone={TONES[i]!} label={labels[i]!} />
          ))}
        </Figure>
        <Legend entries={labels.map((label, i) => ({ label, tone: TONES[i]! }))} />
      </div>
    </div>
  );
}
