import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Readout } from '../../controls';
import { cellReadout } from '../../physics';
import { Axis, Figure, Legend, Line, linearScale, Point, Rule } from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf } from '../params';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import { RUNDOWN_PARAMS } from './definition';
import {
  advanceRun,
  CELL,
  describeRun,
  describeVoltage,
  formatClock,
  restoresIn,
  startRun,
  toggleBlock,
  type Run,
} from './simulation';
import './rundown.css';

/** Longest real time one animation frame may advance (a tab switch must not jump). */
const MAX_FRAME = 0.1;
/** Events drawn as rules on the plots: the latest few. */
const MAX_RULES = 6;

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener?.('change', onChange);
  return () => query.removeEventListener?.('change', onChange);
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(REDUCED_MOTION).matches
  );
}

/** The concentration plot's lines, named as the legend and the CSV name them. */
const INSIDE = {
  potassium: { label: '[K⁺] inside', tone: 'series-1' },
  sodium: { label: '[Na⁺] inside', tone: 'series-2' },
} as const;

/** The pump–leak cell over minutes: block the pump, watch the gradients run down. */
export default function RundownView({ state, set }: WidgetViewProps) {
  const block = numberOf(state, 'block');
  const speed = numberOf(state, 'speed');
  const [run, setRun] = useState<Run>(() => startRun());
  const [playing, setPlaying] = useState(false);
  const reducedMotion = useSyncExternalStore(
    subscribeReducedMotion,
    prefersReducedMotion,
    () => false,
  );
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

  const readout = cellReadout(CELL.parameters, run.cell);
  const blocked = run.blockedAt !== null;
  const left = restoresIn(run, block);
  const minutes = run.cell.time / 60;

  const series = useMemo(() => {
    const samples = [...run.history.samples];
    const last = samples.at(-1);
    if (!last || run.cell.time > last.time) {
      samples.push({
        time: run.cell.time,
        voltage: cellReadout(CELL.parameters, run.cell).voltage,
        sodium: run.cell.inside.Na,
        potassium: run.cell.inside.K,
      });
    }
    const at = (s: { time: number }) => s.time / 60;
    const voltages = samples.map((s) => s.voltage * 1000);
    return {
      sodium: samples.map((s) => [at(s), s.sodium] as const),
      potassium: samples.map((s) => [at(s), s.potassium] as const),
      voltage: samples.map((s) => [at(s), s.voltage * 1000] as const),
      concentrationMax: Math.max(150, ...samples.map((s) => Math.max(s.sodium, s.potassium))),
      voltageLow: Math.min(-80, Math.min(...voltages) - 2),
      voltageHigh: Math.max(-60, Math.max(...voltages) + 2),
    };
  }, [run]);
  const xEnd = Math.max(5, minutes);
  const rules = run.events
    .slice(-MAX_RULES)
    .map((event) => (
      <Rule
        key={`${event.kind}-${event.time}`}
        x={event.time / 60}
        label={event.kind}
        tone={event.kind === 'blocked' ? 'series-5' : 'series-3'}
      />
    ));
  const minutesAxis = (
    <Axis orient="bottom" label="time (min)" format={(v) => formatNumber(v)} grid />
  );

  return (
    <div className="widget-body" ref={root}>
      <div className="widget-controls">
        <div className="rundown-buttons" role="group" aria-label="Run">
          {!reducedMotion && (
            <button type="button" onClick={() => setPlaying((p) => !p)}>
              {running ? 'Pause' : 'Play'}
            </button>
          )}
          <button type="button" onClick={() => step(10)}>
            +10 s
          </button>
          <button type="button" onClick={() => step(60)}>
            +1 min
          </button>
          <button type="button" onClick={reset}>
            Reset
          </button>
        </div>
        {reducedMotion && (
          <p className="rundown-note">
            Your system asks for reduced motion, so the run does not animate: step it with +10 s and
            +1 min.
          </p>
        )}
        <div className="rundown-block">
          <button
            type="button"
            aria-pressed={blocked}
            onClick={() => setRun((previous) => toggleBlock(previous))}
          >
            {blocked ? 'Restore pump' : 'Block pump'}
          </button>
          <Readout
            name={blocked ? 'Pump restores in' : 'Block lasts'}
            label={blocked ? 'restores in' : 'a block lasts'}
            value={formatClock(left ?? block)}
          />
        </div>
        <ParamSlider param={numberParam(RUNDOWN_PARAMS, 'block')} state={state} set={set} />
        <ParamSlider param={numberParam(RUNDOWN_PARAMS, 'speed')} state={state} set={set} />
      </div>
      <div className="widget-results rundown-plots">
        <div className="readouts">
          <Readout
            name="V_m"
            label={
              <>
                V<sub>m</sub>
              </>
            }
            value={formatQuantity(readout.voltage, 'mV', { decimals: 1, sign: true })}
            primary
          />
          <Readout name="Time" label="time (m:ss)" value={formatClock(run.cell.time)} />
          <Readout
            name="[Na⁺] inside"
            label="[Na⁺] inside"
            value={formatQuantity(run.cell.inside.Na, 'mM', { decimals: 1 })}
          />
          <Readout
            name="[K⁺] inside"
            label="[K⁺] inside"
            value={formatQuantity(run.cell.inside.K, 'mM', { decimals: 1 })}
          />
          <Readout name="Pump" label="pump" value={blocked ? 'blocked' : 'on'} />
          <Readout
            name="Pump current"
            label="pump current"
            value={formatQuantity(readout.pumpCurrent, 'pA', { decimals: 2 })}
          />
        </div>
        <Figure
          title="Sodium and potassium inside the cell against time"
          description={describeRun(run, block)}
          height={220}
          scales={(width, height) => ({
            x: linearScale([0, xEnd], [0, width]),
            y: linearScale([0, series.concentrationMax], [height, 0]),
          })}
        >
          {minutesAxis}
          <Axis
            orient="left"
            label="inside (mM)"
            format={(v) => formatNumber(v)}
            tickCount={4}
            grid
          />
          {rules}
          <Line points={series.potassium} {...INSIDE.potassium} />
          <Line points={series.sodium} {...INSIDE.sodium} />
          {/* The state now, so the plots show where the cell is before a run has drawn a line. */}
          <Point x={minutes} y={run.cell.inside.K} tone="series-1" name="[K⁺] inside, now" />
          <Point x={minutes} y={run.cell.inside.Na} tone="series-2" name="[Na⁺] inside, now" />
        </Figure>
        <Legend entries={[INSIDE.potassium, INSIDE.sodium]} />
        <Figure
          title="Membrane potential against time"
          description={describeVoltage(run)}
          height={200}
          scales={(width, height) => ({
            x: linearScale([0, xEnd], [0, width]),
            y: linearScale([series.voltageLow, series.voltageHigh], [height, 0]),
          })}
        >
          {minutesAxis}
          <Axis orient="left" label="V_m (mV)" format={(v) => formatNumber(v)} grid />
          {rules}
          <Line points={series.voltage} tone="series-4" label="V_m" />
          <Point x={minutes} y={readout.voltage * 1000} tone="series-4" name="V_m, now" />
        </Figure>
      </div>
    </div>
  );
}
