import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { IonControls } from '../IonControls';
import { ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeEnergy, ENERGY_WORDS } from './describe';
import { MEMBRANE_POTENTIAL_PARAM } from './membranePotentialParam';
import { energiesOf, energyLines, VOLTAGE_DOMAIN_MV } from './model';

const WORDS = ENERGY_WORDS;

/** The plot's lines, named as the legend and the CSV name them. */
const SERIES = {
  total: { label: WORDS.lines.total, tone: 'series-1' },
  chemical: { label: WORDS.lines.chemical, tone: 'series-2', dashed: true },
  electrical: { label: WORDS.lines.electrical, tone: 'series-4', dashed: true },
} as const;

const plainNumber = (v: number) => formatNumber(v);

/** The energy widget: ΔG of moving one mole inward, against V_m. */
export default function EnergyView({ state, set }: WidgetViewProps) {
  const readings = useMemo(() => energiesOf(state), [state]);
  const { z, chemical, electrical, total, e, temperature } = readings;
  const lines = useMemo(() => energyLines(z, chemical, temperature), [z, chemical, temperature]);
  const eMv = e * 1000;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} />
        <ParamSlider param={MEMBRANE_POTENTIAL_PARAM} state={state} set={set} />
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout {...WORDS.readouts.total} value={WORDS.energy(total)} primary />
          <Readout {...WORDS.readouts.chemical} value={WORDS.energy(chemical)} />
          <Readout {...WORDS.readouts.electrical} value={WORDS.energy(electrical)} />
          <Readout {...WORDS.readouts.e} value={WORDS.potential(e)} />
        </div>
        <Figure
          title={WORDS.plotTitle}
          description={describeEnergy(state)}
          scales={(width, height) => ({
            x: linearScale(VOLTAGE_DOMAIN_MV, [0, width]),
            y: linearScale([-lines.extent, lines.extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.xAxis} format={plainNumber} grid />
          <Axis orient="left" label={WORDS.yAxis} format={plainNumber} grid />
          <Rule y={0} />
          {eMv >= VOLTAGE_DOMAIN_MV[0] && eMv <= VOLTAGE_DOMAIN_MV[1] && (
            <Rule x={eMv} label={WORDS.eRule(e)} tone="series-3" />
          )}
          <Line points={lines.chemical} {...SERIES.chemical} />
          <Line points={lines.electrical} {...SERIES.electrical} />
          <Line points={lines.total} {...SERIES.total} />
          {/* The total line runs parallel to the electrical one, above it when the chemical
              part is positive: the label goes to that side of the total, away from it. */}
          <Point
            x={readings.voltage * 1000}
            y={total / 1000}
            label={WORDS.energy(total)}
            on={z > 0 ? 'rising' : 'falling'}
            labelSide={chemical >= 0 === z > 0 ? 'left' : 'right'}
          />
        </Figure>
        <Legend entries={[SERIES.total, SERIES.chemical, SERIES.electrical]} />
      </div>
    </div>
  );
}
