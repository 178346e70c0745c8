import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState, paramToSI, withDisplayValues, type NumberParam } from '../params';
import { presetProblems } from '../testing';
import { rundownWidget } from './definition';
import { describeRundown } from './describe';
import { RUNDOWN_PARAMS } from './rundownParams';

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

describe('the rundown widget', () => {
  test('describes the resting cell at the Mullins–Noda potential, −77.0 mV, by hand', () => {
    // The book's cell: K⁺ 140/4, Na⁺ 10/145 mM, P_Na/P_K = 0.04, r = 3/2, 37 °C.
    const byHand = ((R * 310.15) / F) * Math.log((1.5 * 4 + 0.04 * 145) / (1.5 * 140 + 0.04 * 10));
    expect(byHand * 1000).toBeCloseTo(-77.0, 1);
    const text = describeRundown(defaultState(RUNDOWN_PARAMS));
    expect(text).toContain(`V_m = ${MINUS}${Math.abs(byHand * 1000).toFixed(1)} mV`);
    expect(text).toContain('[Na⁺]in = 10.0 mM');
    expect(text).toContain('[K⁺]in = 140.0 mM');
    expect(text).toContain('for 10 min');
    expect(text).toContain('at 60 simulated seconds per second');
  });

  test('keeps its defaults and every preset within the parameters’ ranges', () => {
    for (const param of RUNDOWN_PARAMS as readonly NumberParam[]) {
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

  test('never describes an in-range state with NaN, Infinity, undefined or an ASCII minus', () => {
    const [block, speed] = RUNDOWN_PARAMS as readonly NumberParam[];
    fc.assert(
      fc.property(
        fc.double({ min: block!.min, max: block!.max, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (minutes, u) => {
          const perSecond = Math.exp(Math.log(speed!.min) + u * Math.log(speed!.max / speed!.min));
          const text = describeRundown({
            block: paramToSI(block!, minutes),
            speed: paramToSI(speed!, Math.min(speed!.max, perSecond)),
          });
          expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
          expect(text).not.toMatch(/-\s?\d/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
