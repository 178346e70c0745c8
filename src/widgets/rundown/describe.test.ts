import { describe, expect, test, vi } from 'vitest';
import { describeRun, describeVoltage, formatClock, formatMinutes } from './describe';
import { advanceRun, startRun, toggleBlock } from './model';

// The cell model runs 10 ms substeps: minutes of simulated time take a moment.
vi.setConfig({ testTimeout: 60_000 });

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

describe('the run-down scenario’s descriptions', () => {
  test('describes the rest, the block and the recovery without NaN, Infinity or an ASCII minus', () => {
    let run = startRun();
    const texts = [describeRun(run, 600), describeVoltage(run)];
    run = advanceRun(toggleBlock(run), 40, 30);
    texts.push(describeRun(run, 30), describeVoltage(run));
    expect(texts[0]).toMatch(/^At rest: V_m = −69\.9 mV/);
    expect(texts[2]).toMatch(/^10 s after the pump came back/);
    for (const text of texts) {
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).not.toMatch(/-\s?\d/);
    }
  });
});
