import { useCallback, useMemo } from 'react';
import { IonPicker, Readout } from '../../controls';
import { filterEnergies } from '../../physics';
import { Axis, Band, Figure, Legend, Line, linearScale, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  describeSelectivity,
  SELECTIVITY_ION_KEYS,
  SELECTIVITY_ION_OPTIONS,
  SELECTIVITY_PARAMS,
  selectivityOf,
} from './definition';

const kj = (v: number) => formatQuantity(v, 'kJ/mol', { digits: 3, sign: true });
const TONES = ['series-3', 'series-2', 'series-1', 'series-4', 'series-5'];
const CAVITIES = Array.from({ length: 61 }, (_, i) => 0.05e-9 + (0.15e-9 * i) / 60);

/** The selectivity widget: energies of five alkali ions in a carbonyl cage. */
export default function SelectivityView({ state, set }: WidgetViewProps) {
  const rows = selectivityOf(state);
  const chosen = rows.find((row) => row.key === state.ion) ?? rows[0]!;
  const cavity = numberOf(state, 'cavity');
  const chooseIon = useCallback((value: string) => set('ion', value), [set]);
  const curves = useMemo(
    () =>
      SELECTIVITY_ION_KEYS.map((key) =>
        CAVITIES.map((c) => [c * 1e9, filterEnergies(key, c).transferEnergy / 1000] as const),
      ),
    [],
  );
  const barExtent =
    Math.max(...rows.map((r) => Math.max(r.dehydrationCost, -r.coordinationEnergy))) / 1000;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        <IonPicker
          legend="Ion"
          options={SELECTIVITY_ION_OPTIONS}
          value={String(state.ion)}
          onChange={chooseIon}
        />
        <ParamSlider param={numberParam(SELECTIVITY_PARAMS, 'cavity')} state={state} set={set} />
        <p className="plot-key">
          A teaching model, not a simulation: two constants are fitted so that K⁺ trades water for
          the cage at no cost and P<sub>K</sub>/P<sub>Na</sub> = 1000 in a K⁺-sized cage (hydration
          energies from Marcus 1991, Pauling radii).
        </p>
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout
            name="Permeability relative to K⁺"
            label={`P(${chosen.label}) / P(K⁺)`}
            value={formatNumber(chosen.relativeToK, { digits: 2 })}
            primary
          />
          <Readout
            name="Dehydration cost"
            label="dehydration cost"
            value={kj(chosen.dehydrationCost)}
          />
          <Readout
            name="Coordination energy"
            label="coordination by the cage"
            value={kj(chosen.coordinationEnergy)}
          />
          <Readout
            name="Net transfer energy"
            label="net, water → filter"
            value={kj(chosen.transferEnergy)}
          />
        </div>
        <Figure
          title="Dehydration cost and coordination energy of each ion in the cage"
          description={describeSelectivity(state)}
          height={240}
          scales={(width, height) => ({
            x: linearScale([0, 5], [0, width]),
            y: linearScale([-barExtent, barExtent], [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label="ion"
            ticks={[0.5, 1.5, 2.5, 3.5, 4.5]}
            format={(v) => rows[Math.floor(v)]?.label ?? ''}
          />
          <Axis orient="left" label="kJ/mol" format={(v) => formatNumber(v)} grid />
          <Rule y={0} dashed={false} />
          {rows.map((row, i) => (
            <g key={row.key}>
              <Band x={[i + 0.12, i + 0.48]} y={[0, row.dehydrationCost / 1000]} tone="series-2" />
              <Band
                x={[i + 0.52, i + 0.88]}
                y={[row.coordinationEnergy / 1000, 0]}
                tone="series-1"
              />
            </g>
          ))}
        </Figure>
        <Legend
          entries={[
            { label: 'dehydration cost (up)', tone: 'series-2' },
            { label: 'coordination by the cage (down)', tone: 'series-1' },
          ]}
        />
        <Figure
          title="Net free energy of entering the filter against the cavity radius"
          description={`Net transfer energies at ${formatQuantity(cavity, 'nm', { digits: 3 })}: ${rows.map((r) => `${r.label} ${kj(r.transferEnergy)}`).join(', ')}.`}
          height={240}
          scales={(width, height) => ({
            x: linearScale([0.05, 0.2], [0, width]),
            y: linearScale([-40, 80], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="cavity radius (nm)" format={(v) => formatNumber(v)} grid />
          <Axis
            orient="left"
            label="ΔG water → filter (kJ/mol)"
            format={(v) => formatNumber(v)}
            grid
          />
          <Rule y={0} />
          <Rule x={cavity * 1e9} label="now" />
          {curves.map((curve, i) => (
            <Line
              key={SELECTIVITY_ION_KEYS[i]}
              points={curve}
              tone={TONES[i]!}
              label={rows[i]!.label}
            />
          ))}
        </Figure>
        <Legend entries={rows.map((row, i) => ({ label: row.label, tone: TONES[i]! }))} />
      </div>
    </div>
  );
}
