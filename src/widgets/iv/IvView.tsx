import { useMemo } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { currentsOf, describeCurrentsOf, IV_IONS, IV_PARAMS, P_K } from './definition';

const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });

/** The total current and the chord-conductance line, named as the legend and the CSV name them. */
const TOTAL = { label: 'total (GHK)', tone: 'series-4' } as const;
const CHORD = { label: 'chord-conductance line', tone: 'muted' } as const;

/** The iv widget: GHK I–V curves per ion and in total, with the chord-conductance line. */
export default function IvView({ state, set }: WidgetViewProps) {
  const result = useMemo(() => currentsOf(state), [state]);
  const { reversal, withoutCalcium, perIon, total, chordLine, rectification, ions } = result;
  const extent = Math.max(
    1e-6,
    ...total.map((p) => Math.abs(p[1])),
    ...perIon.flat().map((p) => Math.abs(p[1])),
  );

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
          <Readout name="V_rev" label="V_rev (total current zero)" value={mv(reversal)} primary />
          <Readout
            name="V_rev without Ca²⁺"
            label="without Ca²⁺ (GHK voltage)"
            value={mv(withoutCalcium)}
          />
          <Readout
            name="Rectification ratio"
            label="|I(V_rev+60)| / |I(V_rev−60)|"
            value={formatNumber(rectification, { digits: 3 })}
          />
        </div>
        <Figure
          title="GHK current density of each ion and in total against membrane potential"
          description={describeCurrentsOf(result)}
          height={320}
          scales={(width, height) => ({
            x: linearScale([-120, 80], [0, width]),
            y: linearScale([-extent, extent], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="V_m (mV)" format={(v) => formatNumber(v)} grid />
          <Axis
            orient="left"
            label="I (µA/cm²), outward +"
            format={(v) => formatNumber(v, { digits: 3 })}
            grid
          />
          <Rule y={0} />
          {perIon.map((curve, i) => (
            <Line
              key={IV_IONS[i]!.key}
              points={curve}
              tone={IV_IONS[i]!.tone}
              dashed
              label={IV_IONS[i]!.label}
            />
          ))}
          <Line points={chordLine} {...CHORD} />
          <Line points={total} {...TOTAL} />
          {/* Right of V_rev and below zero is the one quarter the curves leave empty. */}
          <Point
            x={reversal * 1000}
            y={0}
            tone="series-4"
            label={`V_rev ${mv(reversal)}`}
            labelBelow
          />
        </Figure>
        <Legend
          entries={[
            ...IV_IONS.map((ion) => ({ label: ion.label, tone: ion.tone, dashed: true })),
            TOTAL,
            CHORD,
          ]}
        />
        <p className="plot-key">
          Permeabilities:{' '}
          {IV_IONS.map(
            (ion, i) =>
              `P_${ion.key} = ${formatQuantity(ions[i]!.permeability, 'm/s', { digits: 2 })}`,
          ).join(', ')}
          {` (P_K fixed at ${formatQuantity(P_K, 'm/s', { digits: 2 })}).`}
        </p>
      </div>
    </div>
  );
}
