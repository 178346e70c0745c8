import { useMemo } from 'react';
import './debye.css';
import { Readout } from '../../controls';
import {
  Axis,
  Band,
  Figure,
  formatDecade,
  Label,
  Line,
  linearScale,
  logScale,
  Point,
  Rule,
} from '../../plot';
import { formatNumber } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import { DEBYE_PARAMS } from './debyeParams';
import { DEBYE_WORDS, describeDebye, describeDebyeSweep } from './describe';
import {
  CELL_RADIUS,
  debyeOf,
  debyeProfile,
  debyeReadings,
  debyeSweep,
  STRENGTH_RANGE,
} from './model';

const WORDS = DEBYE_WORDS;
/** The cell radius in nm, where the λ_D plot draws it. */
const CELL_RADIUS_NM = CELL_RADIUS / 1e-9;

/** The debye widget: ψ(x) near a charged membrane, and λ_D against ionic strength. */
export default function DebyeView({ state, set }: WidgetViewProps) {
  // The plots’ dependencies, read from the state itself: the React compiler cannot keep a memo
  // whose dependencies are read from an object later handed to functions, as `readings` is.
  const lambda = debyeOf(state);
  const temperature = numberOf(state, 'T');
  const permittivity = numberOf(state, 'er');
  const profile = useMemo(() => debyeProfile(lambda), [lambda]);
  const sweep = useMemo(() => debyeSweep(temperature, permittivity), [temperature, permittivity]);
  const { lambdaNm } = profile;
  const readings = debyeReadings(state);

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
          <Readout {...WORDS.readouts.lambda} value={WORDS.lambda(readings)} primary />
          <Readout {...WORDS.readouts.cellRatio} value={WORDS.cellRatio(readings)} />
          <Readout {...WORDS.readouts.onePercent} value={WORDS.onePercent(readings)} />
        </div>
        <Figure
          title={WORDS.profile.title}
          description={describeDebye(state)}
          height={260}
          margin={{ top: 28 }}
          scales={(width, height) => ({
            x: linearScale([0, profile.xMax], [0, width]),
            y: linearScale([0, 1], [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label={WORDS.profile.xAxis}
            format={(v) => formatNumber(v, { digits: 3 })}
            grid
          />
          <Axis orient="left" label={WORDS.profile.yAxis} format={(v) => formatNumber(v)} grid />
          {/* Keyed by place: a step of I moves the same slices rather than making new ones. */}
          {profile.slices.map((slice, i) => (
            <Band key={i} x={slice.x} y={[0, slice.height]} tone="series-2" />
          ))}
          <Line points={profile.curve} tone="series-1" label={WORDS.profile.line} />
          <Rule x={lambdaNm} label={WORDS.profile.lambdaRule(readings)} />
          <Point x={lambdaNm} y={profile.atLambda} label={WORDS.profile.atLambda} />
          <Label x={lambdaNm * 1.2} y={0.85} text={WORDS.profile.excess} tone="series-2" />
        </Figure>
        <PlotKey text={WORDS.profile.key} />
        <Figure
          title={WORDS.sweep.title}
          description={describeDebyeSweep(readings, sweep)}
          height={260}
          scales={(width, height) => ({
            x: logScale(STRENGTH_RANGE, [0, width]),
            y: logScale(sweep.yDomain, [height, 0]),
          })}
        >
          <Axis
            orient="bottom"
            label={WORDS.sweep.xAxis}
            format={formatDecade}
            ticks={[1e-4, 1e-2, 1, 100]}
            grid
          />
          <Axis orient="left" label={WORDS.sweep.yAxis} format={formatDecade} grid />
          <Rule y={CELL_RADIUS_NM} label={WORDS.sweep.cellRule} tone="series-3" />
          <Line points={sweep.points} tone="series-1" label={WORDS.sweep.line} />
          {/* Below and to the left of the point the falling line leaves room, and above and
              to the right where a point at the low end has none on its left. */}
          <Point
            x={readings.strength}
            y={lambdaNm}
            label={WORDS.sweep.point(readings)}
            labelSide="left"
            on="falling"
          />
        </Figure>
      </div>
    </div>
  );
}
