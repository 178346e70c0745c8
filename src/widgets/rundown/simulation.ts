import {
  advanceCell,
  cellReadout,
  restingCell,
  type PumpLeakCellParameters,
  type PumpLeakCellState,
} from '../../physics';
import { formatQuantity } from '../../units';

/**
 * The run-down scenario, as pure functions the view drives: the book's pump–leak cell
 * starts at rest; the reader blocks its pump, which comes back by itself after the chosen
 * block length (or earlier, by hand). A history sampled every 2 s of simulated time feeds
 * the plots.
 */

/** The resting cell of src/physics/cell.ts, built once. */
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

/** Blocks a running pump, or restores a blocked one, now. */
export function toggleBlock(run: Run): Run {
  const time = run.cell.time;
  if (run.blockedAt === null) {
    return {
      ...run,
      cell: { ...run.cell, pumpActivity: 0 },
      blockedAt: time,
      events: [...run.events, { time, kind: 'blocked' }],
    };
  }
  return restore(run);
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

/** The state of the run in one sentence, e.g. for the plots' descriptions. */
export function describeRun(run: Run, blockSeconds: number, parameters = CELL.parameters): string {
  const { cell } = run;
  const values =
    `V_m = ${formatQuantity(cellReadout(parameters, cell).voltage, 'mV', { decimals: 1, sign: true })}, ` +
    `[Na⁺]in = ${formatQuantity(cell.inside.Na, 'mM', { decimals: 1 })}, ` +
    `[K⁺]in = ${formatQuantity(cell.inside.K, 'mM', { decimals: 1 })}`;
  const last = run.events.at(-1);
  if (run.blockedAt !== null) {
    const left = restoresIn(run, blockSeconds) ?? 0;
    return (
      `After ${formatMinutes(cell.time - run.blockedAt)} with the pump blocked: ${values}; ` +
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
  const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });
  const now = cellReadout(parameters, run.cell).voltage;
  const first = run.history.samples[0]?.voltage ?? now;
  const highest = Math.max(now, ...run.history.samples.map((s) => s.voltage));
  return (
    `V_m is ${mv(now)} at ${formatClock(run.cell.time)} of simulated time, from ${mv(first)} at the start; ` +
    `the highest so far is ${mv(highest)}.`
  );
}
