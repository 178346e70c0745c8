import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { advanceCell, cellReadout } from '../../physics';
import {
  advanceRun,
  appendSample,
  CELL,
  describeRun,
  describeVoltage,
  formatClock,
  formatMinutes,
  HISTORY_CAP,
  restoresIn,
  SAMPLE_INTERVAL,
  startRun,
  thinSamples,
  toggleBlock,
  type History,
  type Sample,
} from './simulation';

// The cell model runs 10 ms substeps: minutes of simulated time take a moment.
vi.setConfig({ testTimeout: 60_000 });

const MINUS = '\u2212';
const sample = (time: number): Sample => ({ time, voltage: -0.07, sodium: 10, potassium: 140 });

describe('formatting simulated time', () => {
  test('formatClock writes m:ss with minutes running past an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(9.99)).toBe('0:09');
    expect(formatClock(210)).toBe('3:30');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(4530)).toBe('75:30');
  });

  test('formatClock never shows a negative or non-finite time', () => {
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('0:00');
  });

  test('formatMinutes writes seconds under a minute and minutes above', () => {
    expect(formatMinutes(30)).toBe('30 s');
    expect(formatMinutes(210)).toBe('3.5 min');
    expect(formatMinutes(600)).toBe('10 min');
  });
});

describe('the history of samples', () => {
  test('thinning keeps every other sample, the first and the last', () => {
    expect(thinSamples([0, 1, 2, 3, 4])).toEqual([0, 2, 4]);
    expect(thinSamples([0, 1, 2, 3, 4, 5])).toEqual([0, 2, 4, 5]);
    expect(thinSamples([7])).toEqual([7]);
    expect(thinSamples([])).toEqual([]);
  });

  test('appending past the cap halves the samples and doubles the interval', () => {
    let history: History = { samples: [sample(0)], interval: 2, nextAt: 2 };
    for (let i = 1; i <= 10; i++) history = appendSample(history, sample(i * 2), 10);
    // 11 samples > 10: thinned to 0, 4, …, 20 (6 samples), now every 4 s.
    expect(history.samples.map((s) => s.time)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(history.interval).toBe(4);
    expect(history.nextAt).toBe(24);
  });

  test('the history never grows past its cap and spans the whole run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 500 }), (cap, n) => {
        let history: History = { samples: [sample(0)], interval: 1, nextAt: 1 };
        for (let i = 1; i <= n; i++) history = appendSample(history, sample(history.nextAt), cap);
        expect(history.samples.length).toBeLessThanOrEqual(cap);
        expect(history.samples[0]!.time).toBe(0);
        const times = history.samples.map((s) => s.time);
        expect([...times].sort((a, b) => a - b)).toEqual(times);
      }),
    );
  });
});

describe('the run-down scenario', () => {
  test('starts at the resting cell with the pump on and one sample', () => {
    const run = startRun();
    expect(run.cell).toEqual(CELL.state);
    expect(run.blockedAt).toBeNull();
    expect(run.history.samples).toHaveLength(1);
    expect(run.history.nextAt).toBe(SAMPLE_INTERVAL);
  });

  test('stays at rest while the pump runs', () => {
    const run = advanceRun(startRun(), 60, 600);
    expect(run.cell.time).toBeCloseTo(60, 9);
    expect(run.cell.inside.Na).toBeCloseTo(CELL.state.inside.Na, 6);
    expect(run.history.samples).toHaveLength(31);
  });

  test('with the pump blocked, equals advancing the cell model directly, and samples every 2 s', () => {
    const run = advanceRun(toggleBlock(startRun()), 120, 600);
    const direct = advanceCell(CELL.parameters, { ...CELL.state, pumpActivity: 0 }, 120);
    expect(run.cell.inside.Na).toBeCloseTo(direct.inside.Na, 6);
    expect(run.cell.inside.K).toBeCloseTo(direct.inside.K, 6);
    expect(run.cell.pumpActivity).toBe(0);
    expect(run.history.samples.map((s) => s.time).slice(0, 4)).toEqual([0, 2, 4, 6]);
    expect(run.history.samples).toHaveLength(61);
    expect(restoresIn(run, 600)).toBeCloseTo(480, 6);
  });

  test('restores the pump by itself when the block time is up, exactly then', () => {
    // A 30 s block, run for 50 s in one call: blocked 0–30 s, pumping 30–50 s.
    const run = advanceRun(toggleBlock(startRun()), 50, 30);
    expect(run.blockedAt).toBeNull();
    expect(run.cell.pumpActivity).toBe(1);
    expect(run.events.map((e) => e.kind)).toEqual(['blocked', 'restored']);
    expect(run.events[1]!.time).toBeCloseTo(30, 9);
    let direct = advanceCell(CELL.parameters, { ...CELL.state, pumpActivity: 0 }, 30);
    direct = advanceCell(CELL.parameters, { ...direct, pumpActivity: 1 }, 20);
    expect(run.cell.inside.Na).toBeCloseTo(direct.inside.Na, 9);
  });

  test('ends a block at once when the block length is shortened below the time already blocked', () => {
    const blocked = advanceRun(toggleBlock(startRun()), 60, 600);
    const run = advanceRun(blocked, 1, 30);
    expect(run.blockedAt).toBeNull();
    expect(run.events.at(-1)!.time).toBeCloseTo(60, 9);
  });

  test('restoring by hand ends the block early', () => {
    const blocked = advanceRun(toggleBlock(startRun()), 20, 600);
    const run = toggleBlock(blocked);
    expect(run.blockedAt).toBeNull();
    expect(run.cell.pumpActivity).toBe(1);
    expect(restoresIn(run, 600)).toBeNull();
  });

  test('runs the gradients down while blocked: after 3.5 min [Na⁺]in has risen and V_m depolarised', () => {
    const run = advanceRun(toggleBlock(startRun()), 210, 600);
    const voltage = cellReadout(CELL.parameters, run.cell).voltage;
    expect(run.cell.inside.Na).toBeGreaterThan(CELL.state.inside.Na + 3);
    expect(run.cell.inside.K).toBeLessThan(CELL.state.inside.K - 3);
    expect(voltage).toBeGreaterThan(cellReadout(CELL.parameters, CELL.state).voltage);
    const text = describeRun(run, 600);
    expect(text).toMatch(
      new RegExp(
        `^After 3\\.5 min with the pump blocked: V_m = ${MINUS}\\d+\\.\\d mV, \\[Na⁺\\]in = \\d+\\.\\d mM, \\[K⁺\\]in = \\d+\\.\\d mM; the pump comes back in 6:30`,
      ),
    );
    expect(text).toContain(
      `[Na⁺]in = ${run.cell.inside.Na.toFixed(1)} mM, [K⁺]in = ${run.cell.inside.K.toFixed(1)} mM`,
    );
  });

  test('describes the rest, the block and the recovery without NaN, Infinity or an ASCII minus', () => {
    let run = startRun();
    const texts = [describeRun(run, 600), describeVoltage(run)];
    run = advanceRun(toggleBlock(run), 40, 30);
    texts.push(describeRun(run, 30), describeVoltage(run));
    expect(texts[0]).toMatch(/^At rest: V_m = −77\.0 mV/);
    expect(texts[2]).toMatch(/^10 s after the pump came back/);
    for (const text of texts) {
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).not.toMatch(/-\s?\d/);
    }
  });

  test('keeps its history under the cap however long it runs', () => {
    // 2 s samples and a cap of 1500: the first thinning comes at 50 min of simulated time.
    const run = advanceRun(toggleBlock(startRun()), 1550 * SAMPLE_INTERVAL, 30);
    expect(run.history.samples.length).toBeLessThanOrEqual(HISTORY_CAP);
    expect(run.history.interval).toBe(2 * SAMPLE_INTERVAL);
    expect(run.history.samples[0]!.time).toBe(0);
  });
});
