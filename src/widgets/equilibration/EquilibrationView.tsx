import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { IonControls } from '../IonControls';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  describeEquilibrationOf,
  describeFluxes,
  EQUILIBRATION_WORDS,
  unbufferedNote,
} from './describe';
import { equilibrationCurves, equilibrationOf } from './model';

const WORDS = EQUILIBRATION_WORDS;

/** The flux plot's lines, named as the legend and the CSV name them. */
const FLUXES = {
  net: { label: WORDS.lines.net, tone: 'series-1' },
  efflux: { label: WORDS.lines.efflux, tone: 'series-2', dashed: true },
  influx: { label: WORDS.lines.influx, tone: 'series-4', dashed: true },
} as const;

const plainNumber = (v: number) => formatNumber(v);

/** The equilibration widget: V(t) toward E, and net and one-way fluxes. */
export default function EquilibrationView({ state, set }: WidgetViewProps) {
  const result = useMemo(() => equilibrationOf(state), [state]);
  const curves = useMemo(() => equilibrationCurves(result), [result]);
  const note = unbufferedNote(state, result);
  const timeScale = (width: number) => linearScale([0, curves.end], [0, width]);

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} />
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout {...WORDS.readouts.e} value={WORDS.values.e(result)} primary />
          <Readout {...WORDS.readouts.tau} value={WORDS.values.tau(result)} />
          <Readout {...WORDS.readouts.ions} value={WORDS.values.ions(result)} />
          <Readout {...WORDS.readouts.fraction} value={WORDS.values.fraction(result)} />
          <Readout {...WORDS.readouts.flux} value={WORDS.values.flux(curves)} />
        </div>
        {note && <PlotKey text={note} />}
        <Figure
          title={WORDS.voltageTitle}
          description={describeEquilibrationOf(state, result)}
          height={220}
          scales={(width, height) => ({
            x: timeScale(width),
            y: linearScale(curves.voltageDomain, [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.timeAxis} format={plainNumber} grid />
          <Axis orient="left" label={WORDS.voltageAxis} format={plainNumber} grid />
          <Rule y={result.e * 1000} label={WORDS.eRule(result.e)} tone="series-3" />
          <Line points={curves.voltage} tone="series-1" label={WORDS.voltageLine} />
        </Figure>
        <Figure
          title={WORDS.fluxTitle}
          description={describeFluxes(curves)}
          height={220}
          scales={(width, height) => ({
            x: timeScale(width),
            y: linearScale([-curves.fluxExtent, curves.fluxExtent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.timeAxis} format={plainNumber} grid />
          <Axis orient="left" label={WORDS.fluxAxis} format={plainNumber} grid />
          <Rule y={0} />
          <Line points={curves.efflux} {...FLUXES.efflux} />
          <Line points={curves.influx} {...FLUXES.influx} />
          <Line points={curves.net} {...FLUXES.net} />
        </Figure>
        <Legend entries={[FLUXES.net, FLUXES.efflux, FLUXES.influx]} />
      </div>
    </div>
  );
}
