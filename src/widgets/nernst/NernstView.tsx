import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, formatDecade, Line, linearScale, logScale, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { IonControls } from '../IonControls';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeNernst, NERNST_WORDS, nernstIon } from './describe';
import { nernstCurves, nernstReadings } from './model';
import { SlopeStep } from './SlopeStep';

const WORDS = NERNST_WORDS;

/** The nernst widget: E of one ion against the concentration ratio. */
export default function NernstView({ state, set, replace }: WidgetViewProps) {
  const readings = nernstReadings(state);
  const { z, ratio, temperature } = readings;
  const ion = nernstIon(state);
  const plot = useMemo(() => nernstCurves(z, ratio, temperature), [z, ratio, temperature]);

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} />
        <button
          type="button"
          onClick={() => replace({ ...state, cin: readings.outside, cout: readings.inside })}
        >
          {WORDS.swap}
        </button>
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name={WORDS.readouts.e.name}
            label={
              <>
                E<sub>{ion}</sub>
              </>
            }
            value={WORDS.value(readings)}
            primary
          />
          <Readout
            name={WORDS.readouts.slope.name}
            label={WORDS.readouts.slope.label}
            value={formatQuantity(Math.abs(readings.decadeSlope), 'mV', { decimals: 1 })}
          />
          <Readout
            name={WORDS.readouts.ratio.name}
            label={WORDS.readouts.ratio.label}
            value={formatNumber(ratio, { digits: 3 })}
          />
        </div>
        <Figure
          title={WORDS.plotTitle(ion)}
          description={describeNernst(state)}
          scales={(width, height) => ({
            x: logScale(plot.domain, [0, width]),
            y: linearScale([-plot.extent, plot.extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.xAxis} format={formatDecade} grid />
          <Axis
            orient="left"
            label={WORDS.yAxis}
            format={(v) => formatNumber(v, { digits: 3 })}
            grid
          />
          <Rule y={0} />
          <Rule x={1} />
          <Line points={plot.mirror} tone="muted" dashed label={WORDS.lineLabel(-z)} />
          <Line points={plot.own} tone="series-1" label={WORDS.lineLabel(z)} />
          <SlopeStep
            ratio={ratio}
            eMv={readings.e * 1000}
            decadeSlopeMv={readings.decadeSlope * 1000}
            slopeText={WORDS.slope(readings)}
            pointText={WORDS.value(readings)}
          />
        </Figure>
        <p className="plot-key">{WORDS.plotKey(z)}</p>
      </div>
    </div>
  );
}
