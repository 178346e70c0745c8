import { useMemo } from 'react';
import { Readout } from '../../controls';
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
import { formatNumber } from '../../units';
import { ION_TONES } from '../ionTones';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeGhk, describeSweep, GHK_WORDS } from './describe';
import {
  PERMEABILITY_RATIO_DOMAIN,
  permeabilitySweep,
  potentialDomain,
  restingOf,
  tugOfWar,
} from './model';
import { THREE_ION_PARAMS } from './threeIonParams';

const WORDS = GHK_WORDS;

const plainNumber = (v: number) => formatNumber(v);

/** The ghk widget: V_m from three ions, the tug of war, and V_m against P_Na/P_K. */
export default function GhkView({ state, set }: WidgetViewProps) {
  const resting = restingOf(state);
  const { vm, eK, eNa, eCl, pNa } = resting;
  const vmMv = vm * 1000;
  const sweep = useMemo(() => permeabilitySweep(state), [state]);
  // The curve is flat near both of its ends and steep between: a point in the lower half
  // of its range has room above it, one in the upper half below it.
  const pointBelow = vmMv > (sweep[0]![1] + sweep.at(-1)![1]) / 2;
  const [lo, hi] = potentialDomain(resting);

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
          <Readout {...WORDS.readouts.vm} value={WORDS.potential(vm)} primary />
          <Readout {...WORDS.readouts.eK} value={WORDS.potential(eK)} />
          <Readout {...WORDS.readouts.eNa} value={WORDS.potential(eNa)} />
          <Readout {...WORDS.readouts.eCl} value={WORDS.potential(eCl)} />
          <Readout {...WORDS.readouts.kOnlyError} value={WORDS.kOnlyError(resting)} />
        </div>
        <Figure
          title={WORDS.tugTitle}
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
          <Axis orient="bottom" label={WORDS.potentialAxis} format={plainNumber} grid />
          <Rule x={vmMv} label={WORDS.vmRule(vm)} tone="muted" dashed={false} />
          {tugOfWar(resting).map((pull, i) => {
            const row = 3 - i;
            const tone = ION_TONES[pull.key];
            return (
              <g key={pull.key}>
                <Line
                  points={[
                    [pull.eMv, row],
                    [vmMv, row],
                  ]}
                  tone={tone}
                  label={WORDS.drivingForce(pull)}
                />
                <Point
                  x={pull.eMv}
                  y={row}
                  tone={tone}
                  label={WORDS.equilibrium(pull.key, pull.e)}
                />
                <Label
                  x={(pull.eMv + vmMv) / 2}
                  y={row}
                  dy={18}
                  anchor="middle"
                  text={WORDS.flow(pull)}
                  tone={tone}
                />
              </g>
            );
          })}
        </Figure>
        <Figure
          title={WORDS.sweepTitle}
          description={describeSweep(sweep, resting)}
          height={240}
          scales={(width, height) => ({
            x: logScale(PERMEABILITY_RATIO_DOMAIN, [0, width]),
            // Room under E_K for its label (20 mV more than the tug of war's axis).
            y: linearScale([lo - 20, hi], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.ratioAxis} format={formatDecade} grid />
          <Axis orient="left" label={WORDS.vmAxis} format={plainNumber} grid />
          {/* The curve runs from near E_K on the left to E_Na on the right, so each rule is
              labelled at the end the curve keeps away from, on the side away from it. */}
          <Rule y={eK * 1000} label={WORDS.equilibrium('K', eK)} tone={ION_TONES.K} labelBelow />
          <Rule
            y={eNa * 1000}
            label={WORDS.equilibrium('Na', eNa)}
            tone={ION_TONES.Na}
            labelAt="start"
          />
          <Line points={sweep} tone="series-4" label={WORDS.sweepLine} />
          <Point
            x={pNa}
            y={vmMv}
            tone="series-4"
            label={WORDS.potential(vm)}
            labelSide="left"
            labelBelow={pointBelow}
          />
        </Figure>
      </div>
    </div>
  );
}
