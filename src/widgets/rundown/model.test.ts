import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { advanceCell, cellReadout, sodiumRiseTime } from '../../physics';
import { describeRun, RUNDOWN_WORDS } from './describe';
import {
  advanceRun,
  appendSample,
  CELL,
  HISTORY_CAP,
  PUMP_IN_SYNC,
  pumpSettingOf,
  readoutOf,
  restoresIn,
  runSeries,
  SAMPLE_INTERVAL,
  startRun,
  syncPump,
  thinSamples,
  toggleBlock,
  withBlockedShare,
  withPumpSetting,
  type History,
  type Sample,
} from './model';

// The cell model runs 10 ms substeps: minutes of simulated time take a moment.
vi.setConfig({ testTimeout: 60_000 });

const MINUS = '\u2212';
const sample = (time: number): Sample => ({ time, voltage: -0.07, sodium: 10, potassium: 140 });

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

  test('a block of half the pumps runs the cell at half its pump activity', () => {
    const run = advanceRun(toggleBlock(startRun(), 0.5), 60, 600);
    const direct = advanceCell(CELL.parameters, { ...CELL.state, pumpActivity: 0.5 }, 60);
    expect(run.cell.pumpActivity).toBe(0.5);
    expect(run.cell.inside.Na).toBeCloseTo(direct.inside.Na, 6);
    expect(describeRun(run, 600)).toMatch(/^After 1 min with 50 % of the pumps blocked: /);
  });

  test('follows the pump setting: blocked starts a block now, on ends it, the same leaves it', () => {
    const start = startRun();
    expect(pumpSettingOf(start)).toBe('on');
    expect(withPumpSetting(start, 'on')).toBe(start);
    const blocked = withPumpSetting(advanceRun(start, 10, 600), 'blocked', 1);
    expect(pumpSettingOf(blocked)).toBe('blocked');
    expect(blocked.blockedAt).toBeCloseTo(10, 9);
    expect(blocked.cell.pumpActivity).toBe(0);
    expect(withPumpSetting(blocked, 'blocked', 0.5)).toBe(blocked);
    const restored = withPumpSetting(blocked, 'on');
    expect(restored.blockedAt).toBeNull();
    expect(restored.cell.pumpActivity).toBe(1);
    expect(restored.events.map((e) => e.kind)).toEqual(['blocked', 'restored']);
  });

  test('keeps the setting and the run together: a preset’s block is applied, and its end reported back', () => {
    // A preset sets the pump blocked: apply it to the run; the run then agrees.
    let step = syncPump(PUMP_IN_SYNC, 'blocked', 'on');
    expect(step.action).toBe('apply');
    step = syncPump(step.sync, 'blocked', 'blocked');
    expect(step.action).toBeNull();
    // The block is up and the pump comes back by itself: report it to the setting.
    step = syncPump(step.sync, 'blocked', 'on');
    expect(step.action).toBe('report');
    expect(step.sync).toEqual({ agreed: 'on', seen: 'on' });
    // The setting follows; nothing more to do.
    expect(syncPump(step.sync, 'on', 'on').action).toBeNull();
  });

  test('a setting the reader changes wins over a run that changed in the same moment', () => {
    // blocked and agreed; the reader restores as the block runs out: apply (a no-op on the
    // run), then the run's change is already what was agreed.
    const blocked = { agreed: 'blocked', seen: 'blocked' } as const;
    const step = syncPump(blocked, 'on', 'on');
    expect(step.action).toBe('apply');
    expect(syncPump(step.sync, 'on', 'on')).toEqual({
      sync: { agreed: 'on', seen: 'on' },
      action: null,
    });
  });

  test('a new share applies to a block under way, and to nothing while the pump runs', () => {
    const start = startRun();
    expect(withBlockedShare(start, 0.5)).toBe(start);
    const blocked = toggleBlock(start, 1);
    expect(withBlockedShare(blocked, 1)).toBe(blocked);
    expect(withBlockedShare(blocked, 0.25).cell.pumpActivity).toBe(0.75);
  });

  test('[Na⁺]in first reads 13.20 mM or more, 10 % over 12, within a second of the rise time', () => {
    // Stepping the blocked run second by second, as the widget's clock shows it.
    let run = toggleBlock(startRun());
    let shownAt = -1;
    for (let second = 1; second <= 60 && shownAt < 0; second++) {
      run = advanceRun(run, 1, 600);
      const shown = RUNDOWN_WORDS.values.concentration(run.cell.inside.Na);
      if (Number.parseFloat(shown) >= 13.2) shownAt = second;
    }
    const riseTime = sodiumRiseTime(0.1, 0);
    expect(Math.abs(shownAt - riseTime)).toBeLessThanOrEqual(1);
  });

  test('keeps its history under the cap however long it runs', () => {
    // 2 s samples and a cap of 1500: the first thinning comes at 50 min of simulated time.
    const run = advanceRun(toggleBlock(startRun()), 1550 * SAMPLE_INTERVAL, 30);
    expect(run.history.samples.length).toBeLessThanOrEqual(HISTORY_CAP);
    expect(run.history.interval).toBe(2 * SAMPLE_INTERVAL);
    expect(run.history.samples[0]!.time).toBe(0);
  });
});

describe('the run’s plots', () => {
  test('at rest: one point at 0 min, axes of 0–150 mM, −80…−60 mV and 0–5 min, no events', () => {
    const series = runSeries(startRun());
    expect(series.potassium).toEqual([[0, CELL.state.inside.K]]);
    expect(series.sodium).toEqual([[0, CELL.state.inside.Na]]);
    expect(series.voltage).toHaveLength(1);
    // the Mullins–Noda potential of the reference neuron: (RT/F)·ln(15.425/210.78) at 37 °C
    expect(series.voltage[0]![1]).toBeCloseTo(-69.9, 1);
    expect(series.concentrationMax).toBe(150);
    expect(series.voltageLow).toBe(-80);
    expect(series.voltageHigh).toBe(-60);
    expect(series.minutes).toBe(0);
    expect(series.minutesEnd).toBe(5);
    expect(series.events).toEqual([]);
  });

  test('widen the axes 2 mV past every V_m, and past 150 mM, once the run goes there', () => {
    const run = startRun();
    const samples = [
      { time: 0, voltage: -0.09, sodium: 10, potassium: 140 },
      { time: 2, voltage: -0.05, sodium: 30, potassium: 160 },
    ];
    const series = runSeries({
      ...run,
      cell: { ...run.cell, time: 2 },
      history: { ...run.history, samples },
    });
    expect(series.voltageLow).toBeCloseTo(-92, 12);
    expect(series.voltageHigh).toBeCloseTo(-48, 12);
    expect(series.concentrationMax).toBe(160);
    expect(series.sodium).toEqual([
      [0, 10],
      [2 / 60, 30],
    ]);
  });

  test('end at the state now, in minutes, between two samples: 61 s is 1.0167 min', () => {
    const run = advanceRun(toggleBlock(startRun()), 61, 600);
    const series = runSeries(run);
    expect(run.history.samples.at(-1)!.time).toBeCloseTo(60, 9);
    expect(series.potassium).toHaveLength(run.history.samples.length + 1);
    expect(series.potassium.at(-1)![0]).toBeCloseTo(61 / 60, 12);
    expect(series.potassium.at(-1)![1]).toBe(run.cell.inside.K);
    expect(series.voltage.at(-1)![1]).toBeCloseTo(readoutOf(run.cell).voltage * 1000, 12);
    expect(series.minutes).toBeCloseTo(61 / 60, 12);
    expect(series.minutesEnd).toBe(5);
    expect(series.events).toEqual([{ time: 0, kind: 'blocked', minutes: 0 }]);
  });

  test('mark only the latest six pump events', () => {
    let run = startRun();
    for (let i = 0; i < 8; i++) run = toggleBlock(advanceRun(run, 4, 600));
    const { events } = runSeries(run);
    expect(events.map((event) => event.kind)).toEqual([
      'blocked',
      'restored',
      'blocked',
      'restored',
      'blocked',
      'restored',
    ]);
    expect(events[0]!.minutes).toBeCloseTo(12 / 60, 9);
    expect(events.at(-1)!.minutes).toBeCloseTo(32 / 60, 9);
  });

  test('run the time axis to the time now past 5 min', () => {
    const run = advanceRun(startRun(), 330, 600);
    expect(runSeries(run).minutesEnd).toBeCloseTo(5.5, 9);
  });
});
