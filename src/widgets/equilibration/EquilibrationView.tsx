import { useMemo } from 'react';
import { Readout } from '../../controls';
import { ghkOneWayFluxes } from '../../physics';
import { Axis, Figure, Legend, Line, linearScale, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { IonControls } from '../IonControls';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeEquilibrationOf, equilibrationOf } from './definition';

// Fluxes are shown in µmol/(m²·s) = 1e-6 mol/(m²·s).
const MICRO = 1e6;

/** The flux plot's lines, named as the legend and the CSV name them. */
const FLUXES = {
  net: { label: 'net flux', tone: 'series-1' },
  efflux: { label: 'efflux (out)', tone: 'series-2', dashed: true },
  influx: { label: 'influx (in, drawn below 0)', tone: 'series-4', dashed: true },
} as const;

/** The equilibration widget: V(t) toward E, and net and one-way fluxes. */
export default function EquilibrationView({ state, set, replace }: WidgetViewProps) {
  const result = useMemo(() => equilibrationOf(state), [state]);
  const { ion, temperature, tau, curve, e, cell } = result;
  const series = useMemo(() => {
    const ms = (t: number) => t * 1000;
    const fluxes = curve.map((s) => ({
      t: ms(s.time),
      ...ghkOneWayFluxes(ion, s.voltage, temperature),
      net: s.netFlux,
    }));
    return {
      voltage: curve.map((s) => [ms(s.time), s.voltage * 1000] as const),
      net: fluxes.map((f) => [f.t, f.net * MICRO] as const),
      efflux: fluxes.map((f) => [f.t, f.efflux * MICRO] as const),
      influx: fluxes.map((f) => [f.t, -f.influx * MICRO] as const),
      end: ms(curve.at(-1)!.time),
      fluxExtent:
        Math.max(...fluxes.map((f) => Math.max(f.efflux, f.influx, Math.abs(f.net)))) * MICRO,
      final: fluxes.at(-1)!,
    };
  }, [curve, ion, temperature]);
  const eMv = e * 1000;
  const vExtent = Math.max(Math.abs(eMv), 1) * 1.15;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} replace={replace} />
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name="E"
            label="E (final V_m)"
            value={formatQuantity(e, 'mV', { decimals: 1, sign: true })}
            primary
          />
          <Readout
            name="Time constant"
            label="time constant"
            value={formatQuantity(tau, 'ms', { digits: 2 })}
          />
          <Readout
            name="Ions crossed"
            label="ions crossed (10 µm cell)"
            value={formatNumber(cell.ionsMoved, { digits: 2 })}
          />
          <Readout
            name="Fraction of ions inside"
            label="of those inside"
            value={`${formatNumber(cell.fraction * 100, { digits: 2 })} %`}
          />
          <Readout
            name="One-way flux at equilibrium"
            label="one-way flux at E"
            value={`${formatNumber(series.final.efflux * MICRO, { digits: 3 })} µmol/(m²·s)`}
          />
        </div>
        <Figure
          title="Membrane potential against time while charging toward E"
          description={describeEquilibrationOf(state, result)}
          height={220}
          scales={(width, height) => ({
            x: linearScale([0, series.end], [0, width]),
            y: linearScale(
              [
                Math.min(0, eMv > 0 ? -0.1 * vExtent : -vExtent),
                Math.max(0, eMv > 0 ? vExtent : 0.1 * vExtent),
              ],
              [height, 0],
            ),
          })}
        >
          <Axis orient="bottom" label="time (ms)" format={(v) => formatNumber(v)} grid />
          <Axis orient="left" label="V_m (mV)" format={(v) => formatNumber(v)} grid />
          <Rule
            y={eMv}
            label={`E = ${formatQuantity(e, 'mV', { decimals: 1, sign: true })}`}
            tone="series-3"
          />
          <Line points={series.voltage} tone="series-1" label="V_m" />
        </Figure>
        <Figure
          title="Net and one-way fluxes against time"
          description={`Net flux falls from ${formatNumber(series.net[0]![1], { digits: 3 })} to ${formatNumber(series.final.net * MICRO, { digits: 2 })} µmol/(m²·s); the one-way fluxes end equal at ${formatNumber(series.final.efflux * MICRO, { digits: 3 })} µmol/(m²·s).`}
          height={220}
          scales={(width, height) => ({
            x: linearScale([0, series.end], [0, width]),
            y: linearScale([-series.fluxExtent, series.fluxExtent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="time (ms)" format={(v) => formatNumber(v)} grid />
          <Axis
            orient="left"
            label="flux (µmol m⁻² s⁻¹), out +"
            format={(v) => formatNumber(v)}
            grid
          />
          <Rule y={0} />
          <Line points={series.efflux} {...FLUXES.efflux} />
          <Line points={series.influx} {...FLUXES.influx} />
          <Line points={series.net} {...FLUXES.net} />
        </Figure>
        <Legend entries={[FLUXES.net, FLUXES.efflux, FLUXES.influx]} />
      </div>
    </div>
  );
}
