import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Band, Figure, Label, linearScale, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { ParamSlider } from '../ParamSlider';
import type { NumberParam } from '../params';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  describePumpOf,
  FLUX_PERMEABILITY_K,
  formatFlux,
  formatRate,
  PMOL_PER_CM2_S,
  pumpOf,
  PUMP_PARAMS,
  ratioText,
} from './definition';
import './pump.css';

/**
 * Rows of the flux chart, K⁺ above Na⁺: the centre of each bar in row units (the y domain
 * is 0–10), with its label just above it at the left edge, where it has the whole width.
 */
const ROWS = [
  { ion: 'K', kind: 'leak', y: 8.8, tone: 'series-1 flux-leak' },
  { ion: 'K', kind: 'pump', y: 6.8, tone: 'series-1 flux-pump' },
  { ion: 'Na', kind: 'leak', y: 3.8, tone: 'series-2 flux-leak' },
  { ion: 'Na', kind: 'pump', y: 1.8, tone: 'series-2 flux-pump' },
] as const;
const HALF_BAR = 0.4;

/** The pump widget: V without and with the pump, and the flux balance per ion. */
export default function PumpView({ state, set }: WidgetViewProps) {
  const result = useMemo(() => pumpOf(state), [state]);
  const description = describePumpOf(state, result);
  const bars = ROWS.map((row) => {
    const value = result.fluxes[row.ion][row.kind] * PMOL_PER_CM2_S;
    const ion = row.ion === 'K' ? 'K⁺' : 'Na⁺';
    const what = row.kind === 'leak' ? 'leak' : 'pumped';
    return {
      ...row,
      value,
      text: `${ion} ${what} ${value >= 0 ? 'out' : 'in'}, ${formatFlux(value / PMOL_PER_CM2_S)}`,
    };
  });
  const extent = Math.max(1e-6, ...bars.map((bar) => Math.abs(bar.value))) * 1.15;
  // The labels start at the plot's left edge: the low end of the rounded x domain.
  const left = linearScale([-extent, extent], [0, 1]).domain()[0] ?? -extent;
  const mv = (v: number, sign = true) => formatQuantity(v, 'mV', { decimals: 1, sign });

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {PUMP_PARAMS.map((param) => (
          <ParamSlider key={param.key} param={param as NumberParam} state={state} set={set} />
        ))}
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name="Mullins–Noda V"
            label={`Mullins–Noda V, r = ${formatNumber(result.pumpRatio, { digits: 3 })}`}
            value={mv(result.mullinsNoda)}
            primary
          />
          <Readout name="V without pump" label="V without pump (GHK)" value={mv(result.ghk)} />
          <Readout
            name="V with pump current"
            label="V with pump current, V_GHK − I/g"
            value={mv(result.withCurrent)}
          />
          <Readout name="Pump adds" label="pump adds, V_MN − V_GHK" value={mv(result.pumpAdds)} />
          <Readout
            name="ATP per second"
            label="ATP per second (I/e)"
            value={formatRate(result.atpPerSecond)}
          />
        </div>
        <div className="pump-flux">
          <Figure
            title="Leak and pumped flux of K⁺ and Na⁺ at the Mullins–Noda potential"
            description={description}
            height={280}
            margin={{ left: 12, right: 12 }}
            scales={(width, height) => ({
              x: linearScale([-extent, extent], [0, width]),
              y: linearScale([0, 10], [height, 0]),
            })}
          >
            <Axis
              orient="bottom"
              label="flux, pmol/(cm²·s): ← in | out →"
              format={(v) => formatNumber(v)}
              tickCount={5}
              grid
            />
            {bars.map((bar) => (
              <Band
                key={`${bar.ion}-${bar.kind}`}
                x={[0, bar.value]}
                y={[bar.y - HALF_BAR, bar.y + HALF_BAR]}
                tone={bar.tone}
              />
            ))}
            <Rule x={0} dashed={false} />
            {bars.map((bar) => (
              <Label
                key={`${bar.ion}-${bar.kind}-label`}
                x={left}
                y={bar.y + HALF_BAR}
                dy={-4}
                anchor="start"
                text={bar.text}
                tone={bar.ion === 'K' ? 'series-1' : 'series-2'}
              />
            ))}
          </Figure>
        </div>
        <p className="plot-key">
          Bars to the right carry ions out, to the left in; solid bars are the passive leaks,
          outlined bars what the pump moves ({ratioText(result.pumpRatio)} Na⁺ : K⁺). The fluxes
          assume P<sub>K</sub> = {formatQuantity(FLUX_PERMEABILITY_K, 'm/s', { digits: 2 })}, the
          book&apos;s model cell; the voltages depend only on P<sub>Na</sub>/P<sub>K</sub>. The
          Mullins–Noda potential uses r; the “with pump current” value uses I and g instead.
        </p>
      </div>
    </div>
  );
}
