import { useMemo } from 'react';
import { Readout } from '../../controls';
import { thermalVoltage } from '../../physics';
import {
  Axis,
  decadeDomain,
  Figure,
  formatDecade,
  Line,
  linearScale,
  logScale,
  Rule,
} from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { IonControls } from '../IonControls';
import { nernstOf } from '../ionParams';
import { ionLabel } from '../ions';
import { numberOf } from '../params';
import type { WidgetViewProps } from '../WidgetDefinition';
import { decadeSlopeOf, describeNernst } from './definition';
import { SlopeStep } from './SlopeStep';

/** The nernst widget: E of one ion against the concentration ratio. */
export default function NernstView({ state, set, replace }: WidgetViewProps) {
  const z = numberOf(state, 'z');
  const cin = numberOf(state, 'cin');
  const cout = numberOf(state, 'cout');
  const temperature = numberOf(state, 'T');
  const ion = ionLabel(String(state.ion), z);
  const e = nernstOf(state);
  const slope = decadeSlopeOf(state);
  const ratio = cout / cin;

  const plot = useMemo(() => {
    const [lo, hi] = decadeDomain(Math.min(1e-3, ratio / 10), Math.max(1e3, ratio * 10));
    const vt = thermalVoltage(temperature);
    const curve = (valence: number) =>
      Array.from({ length: 121 }, (_, i) => {
        const r = lo * (hi / lo) ** (i / 120);
        return [r, (vt / valence) * Math.log(r) * 1000] as const;
      });
    const extent = (vt / Math.abs(z)) * Math.max(-Math.log(lo), Math.log(hi)) * 1000;
    return { lo, hi, own: curve(z), mirror: curve(-z), extent };
  }, [ratio, temperature, z]);

  const eMv = e * 1000;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} replace={replace} />
        <button type="button" onClick={() => replace({ ...state, cin: cout, cout: cin })}>
          Swap inside and outside
        </button>
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name="E"
            label={
              <>
                E<sub>{ion}</sub>
              </>
            }
            value={formatQuantity(e, 'mV', { decimals: 1, sign: true })}
            primary
          />
          <Readout
            name="Change per tenfold ratio"
            label="per tenfold"
            value={formatQuantity(Math.abs(slope), 'mV', { decimals: 1 })}
          />
          <Readout
            name="Ratio out/in"
            label="out / in"
            value={formatNumber(ratio, { digits: 3 })}
          />
        </div>
        <Figure
          title={`E of ${ion} against the concentration ratio out/in`}
          description={describeNernst(state)}
          scales={(width, height) => ({
            x: logScale([plot.lo, plot.hi], [0, width]),
            y: linearScale([-plot.extent, plot.extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="[out] / [in] (log scale)" format={formatDecade} grid />
          <Axis orient="left" label="E (mV)" format={(v) => formatNumber(v, { digits: 3 })} grid />
          <Rule y={0} />
          <Rule x={1} />
          <Line points={plot.mirror} tone="muted" dashed label={`z = ${-z}`} />
          <Line points={plot.own} tone="series-1" label={`z = ${z}`} />
          <SlopeStep
            ratio={ratio}
            eMv={eMv}
            decadeSlopeMv={slope * 1000}
            slopeText={`${formatQuantity(Math.abs(slope), 'mV', { decimals: 1 })} per ×10`}
            pointText={formatQuantity(e, 'mV', { decimals: 1, sign: true })}
          />
        </Figure>
        <p className="plot-key">
          Solid: z = {z > 0 ? `+${z}` : formatNumber(z)}. Dashed: the same ratio for the opposite
          valence, z = {-z > 0 ? `+${-z}` : formatNumber(-z)}.
        </p>
      </div>
    </div>
  );
}
