import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Band, Figure, Label, linearScale, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { ParamSlider } from '../ParamSlider';
import type { NumberParam } from '../params';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describePumpOf, PUMP_WORDS } from './describe';
import { fluxChart, pumpOf } from './model';
import { PUMP_PARAMS } from './pumpParams';
import './pump.css';

const WORDS = PUMP_WORDS;
const READOUTS = WORDS.readouts;

/**
 * Where each bar of the flux chart sits, K⁺ above Na⁺: the centre of the bar in row units
 * (the y domain is 0–10), with its label just above it at the left edge, where it has the
 * whole width; and its colour, solid for a leak and outlined for the pump.
 */
const ROWS = {
  K: {
    leak: { y: 8.8, tone: 'series-1 flux-leak' },
    pump: { y: 6.8, tone: 'series-1 flux-pump' },
  },
  Na: {
    leak: { y: 3.8, tone: 'series-2 flux-leak' },
    pump: { y: 1.8, tone: 'series-2 flux-pump' },
  },
} as const;
const LABEL_TONES = { K: 'series-1', Na: 'series-2' } as const;
const HALF_BAR = 0.4;

/** The pump widget: V without and with the pump, and the flux balance per ion. */
export default function PumpView({ state, set }: WidgetViewProps) {
  const result = useMemo(() => pumpOf(state), [state]);
  const description = describePumpOf(result);
  const { extent, left, bars } = fluxChart(result);
  const mv = WORDS.voltage;

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
            name={READOUTS.mullinsNoda.name}
            label={READOUTS.mullinsNoda.label(result.pumpRatio)}
            value={mv(result.mullinsNoda)}
            primary
          />
          <Readout {...READOUTS.ghk} value={mv(result.ghk)} />
          <Readout {...READOUTS.pumpAdds} value={mv(result.pumpAdds)} />
          <Readout {...READOUTS.pumpCurrent} value={WORDS.current(result.pumpCurrent)} />
          <Readout {...READOUTS.conductance} value={WORDS.conductance(result.conductance)} />
          <Readout {...READOUTS.withCurrent} value={mv(result.withCurrent)} />
          <Readout {...READOUTS.atpPerSecond} value={WORDS.rate(result.atpPerSecond)} />
        </div>
        <div className="pump-flux">
          <Figure
            title={WORDS.plotTitle}
            description={description}
            // 220 px: under its seven readouts, a taller chart would start below a 1280 × 800
            // projector's first screen.
            height={220}
            // Room for half a tick label such as "−20" centred on either end of the axis.
            margin={{ left: 18, right: 18 }}
            scales={(width, height) => ({
              x: linearScale([-extent, extent], [0, width]),
              y: linearScale([0, 10], [height, 0]),
            })}
          >
            <Axis
              orient="bottom"
              label={WORDS.xAxis}
              format={(v) => formatNumber(v)}
              tickCount={5}
              grid
            />
            {bars.map((bar) => {
              const { y, tone } = ROWS[bar.ion][bar.kind];
              return (
                <Band
                  key={`${bar.ion}-${bar.kind}`}
                  x={[0, bar.value]}
                  y={[y - HALF_BAR, y + HALF_BAR]}
                  tone={tone}
                />
              );
            })}
            <Rule x={0} dashed={false} />
            {bars.map((bar) => (
              <Label
                key={`${bar.ion}-${bar.kind}-label`}
                x={left}
                y={ROWS[bar.ion][bar.kind].y + HALF_BAR}
                dy={-4}
                anchor="start"
                text={WORDS.barLabel(bar)}
                tone={LABEL_TONES[bar.ion]}
              />
            ))}
          </Figure>
        </div>
        <PlotKey text={WORDS.plotKey(result.pumpRatio)} />
      </div>
    </div>
  );
}
