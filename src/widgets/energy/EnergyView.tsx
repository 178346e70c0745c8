import { useMemo } from 'react';
import { Readout } from '../../controls';
import { FARADAY } from '../../physics';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { IonControls } from '../IonControls';
import { nernstOf } from '../ionParams';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeEnergy, energiesOf, ENERGY_PARAMS } from './definition';

const V_RANGE = [-150, 150] as const; // mV

/** The plot's lines, named as the legend and the CSV name them. */
const SERIES = {
  total: { label: 'total', tone: 'series-1' },
  chemical: { label: 'chemical, RT·ln(c_in/c_out)', tone: 'series-2', dashed: true },
  electrical: { label: 'electrical, zFV_m', tone: 'series-4', dashed: true },
} as const;

/** The energy widget: ΔG of moving one mole inward, against V_m. */
export default function EnergyView({ state, set, replace }: WidgetViewProps) {
  const z = numberOf(state, 'z');
  const { chemical, electrical, total } = energiesOf(state);
  const e = nernstOf(state);
  const vMv = numberOf(state, 'V') * 1000;

  const lines = useMemo(() => {
    // ΔG(V) is a straight line in V: two points draw each series (kJ/mol against mV).
    const at = (mv: number) => (z * FARADAY * mv) / 1e6;
    const ends = V_RANGE.map((mv) => ({ mv, electrical: at(mv) }));
    const chemicalKj = chemical / 1000;
    return {
      chemical: ends.map(({ mv }) => [mv, chemicalKj] as const),
      electrical: ends.map(({ mv, electrical: el }) => [mv, el] as const),
      total: ends.map(({ mv, electrical: el }) => [mv, chemicalKj + el] as const),
      extent: Math.max(...ends.map((end) => Math.abs(end.electrical) + Math.abs(chemicalKj))),
    };
  }, [chemical, z]);

  const kj = (value: number) => formatQuantity(value, 'kJ/mol', { digits: 3, sign: true });
  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonControls state={state} set={set} replace={replace} />
        <ParamSlider param={numberParam(ENERGY_PARAMS, 'V')} state={state} set={set} />
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout name="Total ΔG" label="ΔG total" value={kj(total)} primary />
          <Readout name="Chemical ΔG" label="chemical" value={kj(chemical)} />
          <Readout name="Electrical ΔG" label="electrical" value={kj(electrical)} />
          <Readout
            name="E"
            label="E"
            value={formatQuantity(e, 'mV', { decimals: 1, sign: true })}
          />
        </div>
        <Figure
          title="Free energy of moving one mole inward against the membrane potential"
          description={describeEnergy(state)}
          scales={(width, height) => ({
            x: linearScale(V_RANGE, [0, width]),
            y: linearScale([-lines.extent, lines.extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="V_m (mV)" format={(v) => formatNumber(v)} grid />
          <Axis orient="left" label="ΔG (kJ/mol)" format={(v) => formatNumber(v)} grid />
          <Rule y={0} />
          {e * 1000 >= V_RANGE[0] && e * 1000 <= V_RANGE[1] && (
            <Rule
              x={e * 1000}
              label={`E = ${formatQuantity(e, 'mV', { decimals: 1, sign: true })}`}
              tone="series-3"
            />
          )}
          <Line points={lines.chemical} {...SERIES.chemical} />
          <Line points={lines.electrical} {...SERIES.electrical} />
          <Line points={lines.total} {...SERIES.total} />
          {/* The total line runs parallel to the electrical one, above it when the chemical
              part is positive: the label goes to that side of the total, away from it. */}
          <Point
            x={vMv}
            y={total / 1000}
            label={kj(total)}
            on={z > 0 ? 'rising' : 'falling'}
            labelSide={chemical >= 0 === z > 0 ? 'left' : 'right'}
          />
        </Figure>
        <Legend entries={[SERIES.total, SERIES.chemical, SERIES.electrical]} />
      </div>
    </div>
  );
}
