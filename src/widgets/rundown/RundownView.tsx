import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Readout } from '../../controls';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { describeRun, describeVoltage, RUNDOWN_WORDS } from './describe';
import {
  advanceRun,
  readoutOf,
  restoresIn,
  runSeries,
  startRun,
  type PumpSetting,
  type Run,
} from './model';
import { RUNDOWN_PARAMS } from './rundownParams';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { usePumpSetting } from './usePumpSetting';
import './rundown.css';

const WORDS = RUNDOWN_WORDS;
const BUTTONS = WORDS.buttons;
const READOUTS = WORDS.readouts;
const VALUES = WORDS.values;

/** Longest real time one animation frame may advance (a tab switch must not jump). */
const MAX_FRAME = 0.1;

/** The concentration plot's lines, named as the legend and the CSV name them. */
const INSIDE = {
  potassium: { label: WORDS.concentrations.potassium, tone: 'series-1' },
  sodium: { label: WORDS.concentrations.sodium, tone: 'series-2' },
} as const;
/** The rules that mark the pump's events. */
const EVENT_TONES = { blocked: 'series-5', restored: 'series-3' } as const;

/** The pump–leak cell over minutes: block the pump, watch the gradients run down. */
export default function RundownView({ state, set }: WidgetViewProps) {
  const block = numberOf(state, 'block');
  const speed = numberOf(state, 'speed');
  const share = numberOf(state, 'share');
  const [run, setRun] = useState<Run>(() => startRun());
  const setPump = useCallback((setting: PumpSetting) => set('pump', setting), [set]);
  usePumpSetting(run, setRun, state.pump as PumpSetting, share, setPump);
  const [playing, setPlaying] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const running = playing && !reducedMotion;
  const root = useRef<HTMLDivElement>(null);

  // One animation frame: real seconds × speed of simulated time.
  const onFrame = useEffectEvent((realSeconds: number) => {
    setRun((previous) => advanceRun(previous, realSeconds * speed, block));
  });

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last: number | null = null;
    const tick = (now: number) => {
      if (last !== null) {
        const realSeconds = Math.min(MAX_FRAME, Math.max(0, (now - last) / 1000));
        if (realSeconds > 0) onFrame(realSeconds);
      }
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);

  // Pause when the page is hidden or the widget leaves the screen.
  useEffect(() => {
    if (!running) return;
    const onVisibility = () => {
      if (document.hidden) setPlaying(false);
    };
    document.addEventListener('visibilitychange', onVisibility);
    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver !== 'undefined' && root.current) {
      observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => !entry.isIntersecting)) setPlaying(false);
      });
      observer.observe(root.current);
    }
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [running]);

  const step = (seconds: number) => setRun((previous) => advanceRun(previous, seconds, block));
  const reset = () => {
    setPlaying(false);
    setRun(startRun());
  };

  const readout = readoutOf(run.cell);
  const blocked = run.blockedAt !== null;
  const left = restoresIn(run, block);

  const series = useMemo(() => runSeries(run), [run]);
  const { minutes } = series;
  const rules = series.events.map((event) => (
    <Rule
      key={`${event.kind}-${event.time}`}
      x={event.minutes}
      label={WORDS.events[event.kind]}
      tone={EVENT_TONES[event.kind]}
    />
  ));
  const minutesAxis = (
    <Axis orient="bottom" label={WORDS.timeAxis} format={(v) => formatNumber(v)} grid />
  );

  return (
    <div className="widget-body" ref={root}>
      <div className="widget-controls">
        <div className="rundown-buttons" role="group" aria-label={BUTTONS.group}>
          {!reducedMotion && (
            <button type="button" onClick={() => setPlaying((p) => !p)}>
              {running ? BUTTONS.pause : BUTTONS.play}
            </button>
          )}
          <button type="button" onClick={() => step(10)}>
            {BUTTONS.tenSeconds}
          </button>
          <button type="button" onClick={() => step(60)}>
            {BUTTONS.oneMinute}
          </button>
          <button type="button" onClick={reset}>
            {BUTTONS.reset}
          </button>
        </div>
        {reducedMotion && <p className="rundown-note">{WORDS.reducedMotion}</p>}
        <div className="rundown-block">
          <button
            type="button"
            aria-pressed={blocked}
            onClick={() => setPump(blocked ? 'on' : 'blocked')}
          >
            {blocked ? BUTTONS.restore : BUTTONS.block}
          </button>
          <Readout
            {...(blocked ? READOUTS.restoresIn : READOUTS.blockLasts)}
            value={VALUES.clock(left ?? block)}
          />
        </div>
        <ParamSlider param={numberParam(RUNDOWN_PARAMS, 'block')} state={state} set={set} />
        <ParamSlider param={numberParam(RUNDOWN_PARAMS, 'share')} state={state} set={set} />
        <ParamSlider param={numberParam(RUNDOWN_PARAMS, 'speed')} state={state} set={set} />
      </div>
      <div className="widget-results rundown-plots">
        <div className="readouts">
          <Readout
            name={READOUTS.voltage.name}
            label={
              <>
                V<sub>m</sub>
              </>
            }
            value={VALUES.voltage(readout.voltage)}
            primary
          />
          <Readout {...READOUTS.time} value={VALUES.clock(run.cell.time)} />
          <Readout {...READOUTS.sodium} value={VALUES.concentration(run.cell.inside.Na)} />
          <Readout {...READOUTS.potassium} value={VALUES.concentration(run.cell.inside.K)} />
          <Readout {...READOUTS.pump} value={VALUES.pump(blocked, 1 - run.cell.pumpActivity)} />
          <Readout {...READOUTS.pumpCurrent} value={VALUES.pumpCurrent(readout.pumpCurrent)} />
        </div>
        <Figure
          title={WORDS.concentrations.title}
          description={describeRun(run, block)}
          height={220}
          scales={(width, height) => ({
            x: linearScale([0, series.minutesEnd], [0, width]),
            y: linearScale([0, series.concentrationMax], [height, 0]),
          })}
        >
          {minutesAxis}
          <Axis
            orient="left"
            label={WORDS.concentrations.yAxis}
            format={(v) => formatNumber(v)}
            tickCount={4}
            grid
          />
          {rules}
          <Line points={series.potassium} {...INSIDE.potassium} />
          <Line points={series.sodium} {...INSIDE.sodium} />
          {/* The state now, so the plots show where the cell is before a run has drawn a line. */}
          <Point
            x={minutes}
            y={run.cell.inside.K}
            tone="series-1"
            name={WORDS.concentrations.potassiumNow}
          />
          <Point
            x={minutes}
            y={run.cell.inside.Na}
            tone="series-2"
            name={WORDS.concentrations.sodiumNow}
          />
        </Figure>
        <Legend entries={[INSIDE.potassium, INSIDE.sodium]} />
        <Figure
          title={WORDS.voltage.title}
          description={describeVoltage(run)}
          height={200}
          scales={(width, height) => ({
            x: linearScale([0, series.minutesEnd], [0, width]),
            y: linearScale([series.voltageLow, series.voltageHigh], [height, 0]),
          })}
        >
          {minutesAxis}
          <Axis orient="left" label={WORDS.voltage.yAxis} format={(v) => formatNumber(v)} grid />
          {rules}
          <Line points={series.voltage} tone="series-4" label={WORDS.voltage.line} />
          <Point x={minutes} y={readout.voltage * 1000} tone="series-4" name={WORDS.voltage.now} />
        </Figure>
      </div>
    </div>
  );
}
