import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState, paramToSI, withDisplayValues, type NumberParam } from '../params';
import { presetProblems, presetState } from '../testing';
import { rundownWidget } from './definition';
import { describeRundown } from './describe';
import { startRun, withPumpSetting, type PumpSetting } from './model';
import { RUNDOWN_PARAMS } from './rundownParams';

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

describe('the rundown widget', () => {
  test('describes the resting cell at the Mullins–Noda potential, −69.9 mV, by hand', () => {
    // The reference neuron: K⁺ 140/4, Na⁺ 12/145 mM, P_Na/P_K = 0.065, r = 3/2, 37 °C.
    const byHand =
      ((R * 310.15) / F) * Math.log((1.5 * 4 + 0.065 * 145) / (1.5 * 140 + 0.065 * 12));
    expect(byHand * 1000).toBeCloseTo(-69.9, 1);
    const text = describeRundown(defaultState(RUNDOWN_PARAMS));
    expect(text).toContain(`V_m = ${MINUS}${Math.abs(byHand * 1000).toFixed(1)} mV`);
    expect(text).toContain('[Na⁺]in = 12.0 mM');
    expect(text).toContain('[K⁺]in = 140.0 mM');
    expect(text).toContain('for 10 min');
    expect(text).toContain('at 60 simulated seconds per second');
  });

  test('keeps its defaults and every preset within the parameters’ ranges', () => {
    const numbers = RUNDOWN_PARAMS.filter((param): param is NumberParam => param.kind === 'number');
    for (const param of numbers) {
      expect(param.default).toBeGreaterThanOrEqual(param.min);
      expect(param.default).toBeLessThanOrEqual(param.max);
    }
    expect(presetProblems(rundownWidget)).toEqual([]);
  });

  test('the ouabain preset blocks for 30 min, described in minutes', () => {
    const preset = rundownWidget.presets.find((p) => p.id === 'ouabain')!;
    const state = withDisplayValues(RUNDOWN_PARAMS, defaultState(RUNDOWN_PARAMS), preset.values);
    expect(state.block).toBe(1800);
    expect(describeRundown(state)).toContain('for 30 min');
  });

  test('the ouabain preset starts a block of every pump, from whatever state it is chosen in', () => {
    const from = { ...defaultState(RUNDOWN_PARAMS), share: 0.5, pump: 'on' };
    const state = presetState(rundownWidget, 'ouabain', from);
    expect(state.pump).toBe('blocked');
    expect(state.share).toBe(1);
    const run = withPumpSetting(startRun(), state.pump as PumpSetting, state.share as number);
    expect(run.blockedAt).toBe(0);
    expect(run.cell.pumpActivity).toBe(0);
  });

  test('every block preset starts its block; the speed preset leaves the pump alone', () => {
    for (const preset of rundownWidget.presets) {
      expect(preset.values.pump, preset.id).toBe(preset.id === 'fast' ? undefined : 'blocked');
    }
  });

  test('the low-dose preset blocks half the pumps, and says so', () => {
    const state = presetState(rundownWidget, 'low-dose');
    expect(state.share).toBe(0.5);
    expect(describeRundown(state)).toContain('blocking 50 % of its pumps for 10 min');
  });

  test('the pump starts on: the default state asks for no block', () => {
    expect(defaultState(RUNDOWN_PARAMS).pump).toBe('on');
    expect(describeRundown(defaultState(RUNDOWN_PARAMS))).toContain('blocking its pump for');
  });

  test('never describes an in-range state with NaN, Infinity, undefined or an ASCII minus', () => {
    const [block, speed, share] = RUNDOWN_PARAMS as readonly NumberParam[];
    fc.assert(
      fc.property(
        fc.double({ min: block!.min, max: block!.max, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (minutes, u) => {
          const perSecond = Math.exp(Math.log(speed!.min) + u * Math.log(speed!.max / speed!.min));
          const text = describeRundown({
            block: paramToSI(block!, minutes),
            speed: paramToSI(speed!, Math.min(speed!.max, perSecond)),
            share: share!.min + u * (share!.max - share!.min),
            pump: 'on',
          });
          expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
          expect(text).not.toMatch(/-\s?\d/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
