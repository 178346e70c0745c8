import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts as mv } from '../formatMillivolts';
import { numberOf, type WidgetState } from '../params';
import { CELL, readoutOf, restoresIn, type PumpEvent, type Run } from './model';

// Every word the rundown widget shows, in one place: the place a translation plugs in.

const mM = (c: number) => formatQuantity(c, 'mM', { decimals: 1 });
/** The readouts' concentrations, to 0.01 mM: a 10 % rise from 12 mM is read off at 13.20. */
const mMReadout = (c: number) => formatQuantity(c, 'mM', { decimals: 2 });
/** A share of the pumps as a percentage: 0.5 → "50 %". */
const percent = (share: number) => `${formatNumber(share * 100, { digits: 3 })} %`;
/** The pumps a block stops, for sentences: "the pump" (all of them) or "50 % of the pumps". */
const blockedPumps = (share: number) =>
  share >= 1 ? 'the pump' : `${percent(share)} of the pumps`;

/** Simulated time as m:ss (minutes run past 59: 75:30). */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds + 1e-6)) : 0;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** A duration for sentences: "20 s" under a minute, else minutes: "3.5 min", "10 min". */
export function formatMinutes(seconds: number): string {
  if (seconds < 60) return formatQuantity(Math.max(0, Math.round(seconds)), 's');
  return formatQuantity(seconds, 'min', { digits: 3 });
}

export const RUNDOWN_WORDS = {
  title: 'When the pump stops: the gradients run down',
  summary:
    'The pump–leak cell over minutes: block the pump and watch [Na⁺]in rise, [K⁺]in fall and V_m creep up; restore it and they recover.',
  presets: {
    ouabain: 'Ouabain, 30 min',
    'ischaemia-5min': 'Ischaemia, 5 min',
    'low-dose': 'Low dose, half the pumps, 10 min',
    fast: 'Fast, 300×',
  },
  params: {
    block: 'Pump blocked for',
    speed: 'Speed, simulated seconds per second',
    share: 'Share of pumps a block stops',
    pump: 'Pump',
  },
  buttons: {
    group: 'Run',
    play: 'Play',
    pause: 'Pause',
    tenSeconds: '+10 s',
    oneMinute: '+1 min',
    reset: 'Reset',
    block: 'Block pump',
    restore: 'Restore pump',
  },
  reducedMotion:
    'Your system asks for reduced motion, so the run does not animate: step it with +10 s and +1 min.',
  /** Each readout's accessible name and visible label (V_m's label is the view's markup). */
  readouts: {
    restoresIn: { name: 'Pump restores in', label: 'restores in' },
    blockLasts: { name: 'Block lasts', label: 'a block lasts' },
    voltage: { name: 'V_m' },
    time: { name: 'Time', label: 'time (m:ss)' },
    sodium: { name: '[Na⁺] inside', label: '[Na⁺] inside' },
    potassium: { name: '[K⁺] inside', label: '[K⁺] inside' },
    pump: { name: 'Pump', label: 'pump' },
    pumpCurrent: { name: 'Pump current', label: 'pump current' },
  },
  values: {
    clock: formatClock,
    voltage: mv,
    concentration: mMReadout,
    pump: (blocked: boolean, share = 1) =>
      blocked ? (share >= 1 ? 'blocked' : `${percent(share)} blocked`) : 'on',
    pumpCurrent: (current: number) => formatQuantity(current, 'pA', { decimals: 2 }),
  },
  timeAxis: 'time (min)',
  /** The events as the rules on the plots name them. */
  events: { blocked: 'blocked', restored: 'restored' } satisfies Record<PumpEvent['kind'], string>,
  concentrations: {
    title: 'Sodium and potassium inside the cell against time',
    yAxis: 'inside (mM)',
    /** the lines, named as the legend and the CSV name them */
    potassium: '[K⁺] inside',
    sodium: '[Na⁺] inside',
    potassiumNow: '[K⁺] inside, now',
    sodiumNow: '[Na⁺] inside, now',
  },
  voltage: {
    title: 'Membrane potential against time',
    yAxis: 'V_m (mV)',
    line: 'V_m',
    now: 'V_m, now',
  },
} as const;

/** The scenario before it runs: the resting cell, the block length and the speed. */
export function describeRundown(state: WidgetState): string {
  const rest = CELL.state;
  const share = numberOf(state, 'share');
  const pumps = share >= 1 ? 'its pump' : `${percent(share)} of its pumps`;
  return (
    `At rest the pump–leak cell holds V_m = ${mv(readoutOf(rest).voltage)}, ` +
    `[Na⁺]in = ${mM(rest.inside.Na)} and ` +
    `[K⁺]in = ${mM(rest.inside.K)}; blocking ${pumps} for ` +
    `${formatMinutes(numberOf(state, 'block'))} lets the gradients run down, played at ` +
    `${formatNumber(numberOf(state, 'speed'), { digits: 3 })} simulated seconds per second.`
  );
}

/** The state of the run in one sentence, e.g. for the plots' descriptions. */
export function describeRun(run: Run, blockSeconds: number, parameters = CELL.parameters): string {
  const { cell } = run;
  const values =
    `V_m = ${mv(readoutOf(run.cell, parameters).voltage)}, ` +
    `[Na⁺]in = ${mM(cell.inside.Na)}, ` +
    `[K⁺]in = ${mM(cell.inside.K)}`;
  const last = run.events.at(-1);
  if (run.blockedAt !== null) {
    const left = restoresIn(run, blockSeconds) ?? 0;
    return (
      `After ${formatMinutes(cell.time - run.blockedAt)} with ${blockedPumps(1 - cell.pumpActivity)} blocked: ${values}; ` +
      `the pump comes back in ${formatClock(left)} (a block of ${formatMinutes(blockSeconds)}).`
    );
  }
  if (last?.kind === 'restored') {
    return (
      `${formatMinutes(cell.time - last.time)} after the pump came back: ${values}. ` +
      `A new block would last ${formatMinutes(blockSeconds)}.`
    );
  }
  const when = cell.time > 0 ? `After ${formatMinutes(cell.time)} with the pump on` : 'At rest';
  return `${when}: ${values}. Blocking the pump lets the gradients run down for ${formatMinutes(blockSeconds)}.`;
}

/** V_m's course in one sentence, for the voltage plot. */
export function describeVoltage(run: Run, parameters = CELL.parameters): string {
  const now = readoutOf(run.cell, parameters).voltage;
  const first = run.history.samples[0]?.voltage ?? now;
  const highest = Math.max(now, ...run.history.samples.map((s) => s.voltage));
  return (
    `V_m is ${mv(now)} at ${formatClock(run.cell.time)} of simulated time, from ${mv(first)} at the start; ` +
    `the highest so far is ${mv(highest)}.`
  );
}
