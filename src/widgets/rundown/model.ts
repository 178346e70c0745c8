import {
  advanceCell,
  cellReadout,
  restingCell,
  type PumpLeakCellParameters,
  type PumpLeakCellState,
} from '../../physics';
import type { Curve } from '../../plot/sample';

/**
 * The run-down scenario, as pure functions the view drives: the book's pump–leak cell
 * starts at rest; the reader blocks its pump, which comes back by itself after the chosen
 * block length (or earlier, by hand). A history sampled every 2 s of simulated time feeds
 * the plots.
 */

/** The book's resting pump–leak cell (src/physics), built once. */
export const CELL = restingCell();

/** Seconds of simulated time between history samples (before any thinning). */
export const SAMPLE_INTERVAL = 2;
/** The most samples kept; when more come, every other one goes and the interval doubles. */
export const HISTORY_CAP = 1500;

export type Sample = {
  /** simulated time, s */
  time: number;
  /** V_m, V */
  voltage: number;
  /** [Na⁺]in, mM */
  sodium: number;
  /** [K⁺]in, mM */
  potassium: number;
};

export type History = {
  samples: readonly Sample[];
  /** seconds between samples now */
  interval: number;
  /** when the next sample is due, s */
  nextAt: number;
};

export type PumpEvent = { time: number; kind: 'blocked' | 'restored' };

export type Run = {
  cell: PumpLeakCellState;
  /** when the current block began, s; null while the pump runs */
  blockedAt: number | null;
  events: readonly PumpEvent[];
  history: History;
};

export function sampleOf(parameters: PumpLeakCellParameters, cell: PumpLeakCellState): Sample {
  return {
    time: cell.time,
    voltage: cellReadout(parameters, cell).voltage,
    sodium: cell.inside.Na,
    potassium: cell.inside.K,
  };
}

/**
 * Every other sample, keeping the first and the last, so a full history halves while
 * still spanning the whole run.
 */
export function thinSamples<T>(samples: readonly T[]): T[] {
  return samples.filter((_, i) => i % 2 === 0 || i === samples.length - 1);
}

/** Adds a sample; past `cap` samples, thins the history by half and doubles the interval. */
export function appendSample(history: History, sample: Sample, cap = HISTORY_CAP): History {
  const samples = [...history.samples, sample];
  if (samples.length <= cap) {
    return { samples, interval: history.interval, nextAt: sample.time + history.interval };
  }
  const interval = history.interval * 2;
  return { samples: thinSamples(samples), interval, nextAt: sample.time + interval };
}

/** The resting cell at time 0, pump on, with one sample. */
export function startRun(parameters = CELL.parameters, cell = CELL.state): Run {
  return {
    cell,
    blockedAt: null,
    events: [],
    history: {
      samples: [sampleOf(parameters, cell)],
      interval: SAMPLE_INTERVAL,
      nextAt: cell.time + SAMPLE_INTERVAL,
    },
  };
}

/**
 * Blocks a running pump, or restores a blocked one, now. `share` is the share of the pumps a
 * block stops (1 = all of them, as ouabain at a high dose; 0.5 = half).
 */
export function toggleBlock(run: Run, share = 1): Run {
  const time = run.cell.time;
  if (run.blockedAt === null) {
    return {
      ...run,
      cell: { ...run.cell, pumpActivity: 1 - share },
      blockedAt: time,
      events: [...run.events, { time, kind: 'blocked' }],
    };
  }
  return restore(run);
}

/** The pump as the reader sets it (the button, a preset, a link): running, or blocked. */
export type PumpSetting = 'on' | 'blocked';

/** Whether the run's pump is running or blocked now. */
export function pumpSettingOf(run: Run): PumpSetting {
  return run.blockedAt === null ? 'on' : 'blocked';
}

/**
 * The run with its pump as the setting asks: a block of `share` of the pumps starts now, or
 * a block ends now; a run already as asked is returned as it is.
 */
export function withPumpSetting(run: Run, setting: PumpSetting, share = 1): Run {
  return pumpSettingOf(run) === setting ? run : toggleBlock(run, share);
}

/** What the pump setting and the run last agreed on, and the run's own setting when last seen. */
export type PumpSync = { agreed: PumpSetting; seen: PumpSetting };

/** At the start the run's pump is on, and so is the setting it follows. */
export const PUMP_IN_SYNC: PumpSync = { agreed: 'on', seen: 'on' };

/**
 * One step of keeping the pump setting and the run together, both ways: a new setting (the
 * button, a preset, a link, a reset of the values) is to be applied to the run ('apply'); a
 * change the run made by itself (its block is up and the pump came back; it was reset) is
 * to be written back to the setting ('report'); otherwise nothing is to be done.
 */
export function syncPump(
  sync: PumpSync,
  setting: PumpSetting,
  runSetting: PumpSetting,
): { sync: PumpSync; action: 'apply' | 'report' | null } {
  if (setting !== sync.agreed) return { sync: { ...sync, agreed: setting }, action: 'apply' };
  if (runSetting === sync.seen) return { sync, action: null };
  const seen = { agreed: sync.agreed, seen: runSetting };
  if (runSetting === sync.agreed) return { sync: seen, action: null };
  return { sync: { agreed: runSetting, seen: runSetting }, action: 'report' };
}

/**
 * The run with a block of `share` of the pumps from now on, when the reader changes the
 * share during a block; a run whose pump runs, or whose block is already so, is returned as
 * it is.
 */
export function withBlockedShare(run: Run, share: number): Run {
  if (run.blockedAt === null || run.cell.pumpActivity === 1 - share) return run;
  return { ...run, cell: { ...run.cell, pumpActivity: 1 - share } };
}

function restore(run: Run): Run {
  return {
    ...run,
    cell: { ...run.cell, pumpActivity: 1 },
    blockedAt: null,
    events: [...run.events, { time: run.cell.time, kind: 'restored' }],
  };
}

/** Simulated seconds until a blocked pump comes back (0 if due), or null if it runs. */
export function restoresIn(run: Run, blockSeconds: number): number | null {
  if (run.blockedAt === null) return null;
  return Math.max(0, run.blockedAt + blockSeconds - run.cell.time);
}

// Time comparisons allow for the rounding of sums of steps.
const EPSILON = 1e-9;

/**
 * Advances the run by dt simulated seconds: the cell through advanceCell (10 ms substeps),
 * stopping at each sample time and at the moment a block of `blockSeconds` ends, when the
 * pump is restored. A block already longer than `blockSeconds` (the reader shortened it)
 * ends at once.
 */
export function advanceRun(
  run: Run,
  dt: number,
  blockSeconds: number,
  parameters = CELL.parameters,
): Run {
  if (!(dt > 0)) return run;
  let { cell, blockedAt, events, history } = run;
  const end = cell.time + dt;
  // Each pass either moves time forward, takes a sample or restores the pump; the bound
  // only guards against a rounding loop.
  for (let pass = 0; pass < 100_000 && cell.time < end - EPSILON; pass++) {
    let stop = Math.min(end, history.nextAt);
    if (blockedAt !== null) stop = Math.min(stop, Math.max(cell.time, blockedAt + blockSeconds));
    if (stop > cell.time) cell = advanceCell(parameters, cell, stop - cell.time);
    if (blockedAt !== null && cell.time >= blockedAt + blockSeconds - EPSILON) {
      ({ cell, blockedAt, events } = restore({ cell, blockedAt, events, history }));
    }
    if (cell.time >= history.nextAt - EPSILON) {
      history = appendSample(history, sampleOf(parameters, cell));
    }
  }
  return { cell, blockedAt, events, history };
}

/** What the cell is doing: V_m (V), pump current (A), and the rest of the readout. */
export function readoutOf(cell: PumpLeakCellState, parameters = CELL.parameters) {
  return cellReadout(parameters, cell);
}

/** The most recent pump events the plots mark with a rule; older ones are left off. */
const RULED_EVENTS = 6;
/** The shortest time axis, min. */
const SHORTEST_AXIS = 5;

/** The plots of a run against time in minutes: the history, and the state now at its end. */
export type RunSeries = {
  /** [min, mM] */
  sodium: Curve;
  /** [min, mM] */
  potassium: Curve;
  /** [min, mV] */
  voltage: Curve;
  /** the concentration axis's top, mM: 150 or the highest concentration */
  concentrationMax: number;
  /** the voltage axis, mV: at least −80…−60, and 2 mV beyond every V_m of the run */
  voltageLow: number;
  voltageHigh: number;
  /** the simulated time now, min */
  minutes: number;
  /** the time axis's end, min */
  minutesEnd: number;
  /** the latest pump events, each at its time in minutes */
  events: readonly (PumpEvent & { minutes: number })[];
};

export function runSeries(run: Run, parameters = CELL.parameters): RunSeries {
  const samples = [...run.history.samples];
  const last = samples.at(-1);
  if (!last || run.cell.time > last.time) samples.push(sampleOf(parameters, run.cell));
  const at = (s: { time: number }) => s.time / 60;
  const voltages = samples.map((s) => s.voltage * 1000);
  const minutes = at(run.cell);
  return {
    sodium: samples.map((s) => [at(s), s.sodium] as const),
    potassium: samples.map((s) => [at(s), s.potassium] as const),
    voltage: samples.map((s) => [at(s), s.voltage * 1000] as const),
    concentrationMax: Math.max(150, ...samples.map((s) => Math.max(s.sodium, s.potassium))),
    voltageLow: Math.min(-80, Math.min(...voltages) - 2),
    voltageHigh: Math.max(-60, Math.max(...voltages) + 2),
    minutes,
    minutesEnd: Math.max(SHORTEST_AXIS, minutes),
    events: run.events.slice(-RULED_EVENTS).map((event) => ({ ...event, minutes: at(event) })),
  };
}
