import { useMemo } from 'react';
import { Readout } from '../../controls';
import { ghkVoltage, type PermeantIon } from '../../physics';
import {
  Axis,
  Figure,
  formatDecade,
  Label,
  Line,
  linearScale,
  logScale,
  Point,
  Rule,
} from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeGhk, GHK_IONS, restingOf, THREE_ION_PARAMS, threeIonsOf } from './definition';

const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });
const TONES = { K: 'series-1', Na: 'series-2', Cl: 'series-3' } as const;

/** The ghk widget: V_m from three ions, the tug of war, and V_m against P_Na/P_K. */
export default function GhkView({ state, set }: WidgetViewProps) {
  const { vm, eK, eNa, eCl } = restingOf(state);
  const reversal = { K: eK, Na: eNa, Cl: eCl };
  const pNa = numberOf(state, 'PNa');

  const sweep = useMemo(() => {
    const [k, na, cl] = threeIonsOf(state) as [PermeantIon, PermeantIon, PermeantIon];
    const temperature = numberOf(state, 'T');
    return Array.from({ length: 121 }, (_, i) => {
      const ratio = 10 ** (-4 + (6 * i) / 120);
      const ions = [k, { ...na, permeability: ratio }, cl];
      return [ratio, ghkVoltage(ions, temperature) * 1000] as const;
    });
  }, [state]);
  // The curve is flat near both of its ends and steep between: a point in the lower half
  // of its range has room above it, one in the upper half below it.
  const pointBelow = vm * 1000 > (sweep[0]![1] + sweep.at(-1)![1]) / 2;

  const span = [vm, eK, eNa, eCl].map((v) => v * 1000);
  const lo = Math.min(-100, ...span) - 10;
  const hi = Math.max(60, ...span) + 10;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {THREE_ION_PARAMS.map((param) =>
          param.kind === 'number' ? (
            <ParamSlider
              key={param.key}
              param={numberParam(THREE_ION_PARAMS, param.key)}
              state={state}
              set={set}
            />
          ) : null,
        )}
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout name="V_m" label="V_m" value={mv(vm)} primary />
          <Readout name="E_K" label="E_K" value={mv(eK)} />
          <Readout name="E_Na" label="E_Na" value={mv(eNa)} />
          <Readout name="E_Cl" label="E_Cl" value={mv(eCl)} />
          <Readout name="E_K-only error" label="E_K − V_m" value={mv(eK - vm)} />
        </div>
        <Figure
          title="Tug of war: each ion's equilibrium potential and its driving force V_m − E"
          description={describeGhk(state)}
          height={250}
          margin={{ top: 24, left: 56, bottom: 48 }}
          scales={(width, height) => ({
            x: linearScale([lo, hi], [0, width]),
            // Rows at 1, 2 and 3, each with a label above (E) and one below (the flow): half a
            // row of room above the top one and below the bottom one (a domain the scale's
            // rounding to nice values keeps; [0.3, 3.7] became [0, 4], rows a quarter apart).
            y: linearScale([0.5, 3.5], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="potential (mV)" format={(v) => formatNumber(v)} grid />
          <Rule x={vm * 1000} label={`V_m ${mv(vm)}`} tone="muted" dashed={false} />
          {GHK_IONS.map((ion, i) => {
            const row = 3 - i;
            const e = reversal[ion.key] * 1000;
            const drive = vm * 1000 - e;
            // V_m > E drives an outward current: a cation leaving or an anion entering.
            const flows = ion.z > 0 === drive > 0 ? 'flows out' : 'flows in';
            return (
              <g key={ion.key}>
                <Line
                  points={[
                    [e, row],
                    [vm * 1000, row],
                  ]}
                  tone={TONES[ion.key]}
                  label={`${ion.label} driving force`}
                />
                <Point
                  x={e}
                  y={row}
                  tone={TONES[ion.key]}
                  label={`E_${ion.key} ${mv(reversal[ion.key])}`}
                />
                <Label
                  x={(e + vm * 1000) / 2}
                  y={row}
                  dy={18}
                  anchor="middle"
                  text={`${ion.label} ${flows}`}
                  tone={TONES[ion.key]}
                />
              </g>
            );
          })}
        </Figure>
        <Figure
          title="V_m against the permeability ratio P_Na/P_K"
          description={`With the other values fixed, V_m goes from ${mv(sweep[0]![1] / 1000)} at P_Na/P_K = 10⁻⁴ toward E_Na at large ratios; now P_Na/P_K = ${formatNumber(pNa, { digits: 3 })} gives ${mv(vm)}.`}
          height={240}
          scales={(width, height) => ({
            x: logScale([1e-4, 100], [0, width]),
            // Room under E_K for its label (20 mV more than the tug of war's axis).
            y: linearScale([lo - 20, hi], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="P_Na / P_K (log scale)" format={formatDecade} grid />
          <Axis orient="left" label="V_m (mV)" format={(v) => formatNumber(v)} grid />
          {/* The curve runs from near E_K on the left to E_Na on the right, so each rule is
              labelled at the end the curve keeps away from, on the side away from it. */}
          <Rule y={eK * 1000} label={`E_K ${mv(eK)}`} tone="series-1" labelBelow />
          <Rule y={eNa * 1000} label={`E_Na ${mv(eNa)}`} tone="series-2" labelAt="start" />
          <Line points={sweep} tone="series-4" label="V_m" />
          <Point
            x={pNa}
            y={vm * 1000}
            tone="series-4"
            label={mv(vm)}
            labelSide="left"
            labelBelow={pointBelow}
          />
        </Figure>
      </div>
    </div>
  );
}
