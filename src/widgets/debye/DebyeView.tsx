import { useMemo } from 'react';
import './debye.css';
import { Readout } from '../../controls';
import {
  Axis,
  Band,
  decadeDomain,
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
import {
  CELL_RADIUS,
  DEBYE_PARAMS,
  debyeOf,
  describeDebye,
  formatLength,
  formatWhole,
  STRENGTH_RANGE,
} from './definition';

const NM = 1e-9;
const SLICES = 24;
const SAMPLES = 160;

/** The debye widget: ψ(x) near a charged membrane, and λ_D against ionic strength. */
export default function DebyeView({ state, set }: WidgetViewProps) {
  const strength = numberOf(state, 'I');
  const temperature = numberOf(state, 'T');
  const permittivity = numberOf(state, 'er');
  const lambda = debyeOf(state);
  const lambdaNm = lambda / NM;
  const xMax = Math.max(5 * lambdaNm, 5);

  const profile = useMemo(() => {
    const curve = Array.from({ length: SAMPLES + 1 }, (_, i) => {
      const x = (xMax * i) / SAMPLES;
      return [x, Math.exp(-x / lambdaNm)] as const;
    });
    // The counter-ion excess, ∝ exp(−x/λ_D), as shaded slices out to 5 λ_D.
    const width = (5 * lambdaNm) / SLICES;
    const slices = Array.from({ length: SLICES }, (_, i) => ({
      x: [i * width, (i + 1) * width] as const,
      height: Math.exp(-((i + 0.5) * width) / lambdaNm),
    }));
    return { curve, slices };
  }, [lambdaNm, xMax]);

  const sweep = useMemo(() => {
    const [lo, hi] = STRENGTH_RANGE;
    const local = { I: strength, T: temperature, er: permittivity };
    const points = Array.from({ length: 71 }, (_, i) => {
      const s = lo * (hi / lo) ** (i / 70);
      return [s, debyeOf(local, s) / NM] as const;
    });
    const yDomain = decadeDomain(points[points.length - 1]![1], Math.max(points[0]![1], 2e4));
    return { points, yDomain, atLow: points[0]![1] * NM, atHigh: points[70]![1] * NM };
  }, [strength, temperature, permittivity]);

  const cellRatio = CELL_RADIUS / lambda;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {/* Temperature first: its linear slider reaches its maximum exactly with End. */}
        {['T', 'I', 'er'].map((key) => (
          <ParamSlider key={key} param={numberParam(DEBYE_PARAMS, key)} state={state} set={set} />
        ))}
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout name="λ_D" label="Debye length λ_D" value={formatLength(lambda, 4)} primary />
          <Readout
            name="Cell radius / λ_D"
            label="10 µm cell radius / λ_D"
            value={formatWhole(cellRatio)}
          />
          <Readout
            name="1 % of ψ₀ left at"
            label="1 % of ψ₀ left at"
            value={formatLength(lambda * Math.log(100))}
          />
        </div>
        <Figure
          title="Potential ψ(x)/ψ₀ and counter-ion excess (relative) against distance from a charged membrane"
          description={describeDebye(state)}
          height={260}
          margin={{ top: 28 }}
          scales={(width, height) => ({
            x: linearScale([0, xMax], [0, width]),
            y: linearScale([0, 1], [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label="distance from the membrane x (nm)"
            format={(v) => formatNumber(v, { digits: 3 })}
            grid
          />
          <Axis orient="left" label="ψ(x)/ψ₀" format={(v) => formatNumber(v)} grid />
          {/* Keyed by place: a step of I moves the same slices rather than making new ones. */}
          {profile.slices.map((slice, i) => (
            <Band key={i} x={slice.x} y={[0, slice.height]} tone="series-2" />
          ))}
          <Line points={profile.curve} tone="series-1" label="ψ(x)/ψ₀" />
          <Rule x={lambdaNm} label={`λ_D = ${formatLength(lambda)}`} />
          <Point x={lambdaNm} y={Math.exp(-1)} label="37 %" />
          <Label x={lambdaNm * 1.2} y={0.85} text="counter-ion excess" tone="series-2" />
        </Figure>
        <p className="plot-key">
          Line: ψ(x)/ψ₀ = exp(−x/λ<sub>D</sub>), the linearised Poisson–Boltzmann profile. Shaded:
          the counter-ion excess (relative), which follows the same exponential; its total balances
          the surface charge.
        </p>
        <Figure
          title="Debye length against ionic strength (log–log), with a 10 µm cell radius for scale"
          description={
            `λ_D falls tenfold for every hundredfold rise in I: from ${formatLength(sweep.atLow)} ` +
            `at 10⁻⁴ mM to ${formatLength(sweep.atHigh)} at 1000 mM, at ` +
            `${formatQuantity(temperature, '°C', { decimals: 1 })} and ε_r = ` +
            `${formatNumber(permittivity, { digits: 4 })}. Now ${formatLength(lambda)} at ` +
            `${formatQuantity(strength, 'mM', { digits: 3 })}; the 10 µm cell radius is ` +
            `${formatWhole(cellRatio)} times longer.`
          }
          height={260}
          scales={(width, height) => ({
            x: logScale(STRENGTH_RANGE, [0, width]),
            y: logScale(sweep.yDomain, [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label="ionic strength I (mM)"
            format={formatDecade}
            ticks={[1e-4, 1e-2, 1, 100]}
            grid
          />
          <Axis orient="left" label="λ_D (nm)" format={formatDecade} grid />
          <Rule y={CELL_RADIUS / NM} label="cell radius 10 µm" tone="series-3" />
          <Line points={sweep.points} tone="series-1" label="λ_D" />
          {/* Below and to the left of the point the falling line leaves room, and above and
              to the right where a point at the low end has none on its left. */}
          <Point
            x={strength}
            y={lambdaNm}
            label={formatLength(lambda)}
            labelSide="left"
            on="falling"
          />
        </Figure>
      </div>
    </div>
  );
}
