import fc from 'fast-check';
import { inRangeStates } from '../testing';
import { describe, expect, test, vi } from 'vitest';
import { ION_PARAMS } from '../ionParams';
import { defaultState, withDisplayValues, type WidgetState } from '../params';
import { equilibrationWidget } from './definition';
import { describeEquilibration } from './describe';
import { equilibrationOf, MEMBRANE } from './model';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

const normalise = (state: WidgetState) =>
  equilibrationWidget.normalise!(state, new Set(Object.keys(state)));

const presetState = (id: string) => {
  const preset = equilibrationWidget.presets.find((p) => p.id === id)!;
  return normalise(withDisplayValues(ION_PARAMS, defaultState(ION_PARAMS), preset.values));
};

describe('the equilibration widget, neuron K⁺ preset', () => {
  const state = presetState('neuron-k');
  const result = equilibrationOf(state);
  const eByHand = ((R * 310.15) / F) * Math.log(4 / 140);

  test('charges toward E_K = −95.0 mV', () => {
    expect(result.e).toBeCloseTo(eByHand, 9);
    const first = result.curve[0]!;
    const last = result.curve[result.curve.length - 1]!;
    expect(first.voltage).toBe(0);
    expect(first.time).toBe(0);
    expect(Math.abs(last.voltage - eByHand)).toBeLessThan(0.01 * Math.abs(eByHand));
    expect(Math.abs(last.netFlux)).toBeLessThan(Math.abs(first.netFlux) * 0.01);
  });

  test('moves monotonically from 0 toward E, never past it', () => {
    for (let i = 1; i < result.curve.length; i++) {
      const [a, b] = [result.curve[i - 1]!, result.curve[i]!];
      expect(b.time).toBeGreaterThan(a.time);
      expect(b.voltage).toBeLessThanOrEqual(a.voltage);
      expect(b.voltage).toBeGreaterThanOrEqual(eByHand - 1e-9);
    }
  });

  test('moves a tiny fraction of the ions inside: 3·C·|E| / (r·z·F·c_in), well under 10⁻³', () => {
    const byHand =
      (3 * MEMBRANE.specificCapacitance * Math.abs(eByHand)) / (MEMBRANE.radius * 1 * F * 140);
    expect(result.cell.fraction).toBeCloseTo(byHand, 12);
    expect(result.cell.fraction).toBeLessThan(1e-3);
    expect(result.cell.fraction).toBeGreaterThan(0);
  });

  test('describes the charging with E = −95.0 mV in U+2212 minus and a finite time constant', () => {
    const text = describeEquilibration(state);
    expect(text).toContain(`E = ${MINUS}95.0 mV`);
    expect(text).toContain('K⁺');
    expect(text).toMatch(/time constant of \d/);
    expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
    expect(Number.isFinite(result.tau)).toBe(true);
    expect(result.tau).toBeGreaterThan(0);
  });
});

describe('the equilibration widget for any state', () => {
  test('every preset is described without NaN, Infinity or undefined', () => {
    for (const { id } of equilibrationWidget.presets) {
      expect(describeEquilibration(presetState(id))).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  test('the curve ends near E', () => {
    fc.assert(
      fc.property(inRangeStates(ION_PARAMS), (random) => {
        const { curve, e } = equilibrationOf(normalise(random));
        const last = curve[curve.length - 1]!;
        // Eight final time constants: within e⁻⁸ of the gap, well inside 1 % (plus 1 µV).
        expect(Math.abs(last.voltage - e)).toBeLessThan(0.01 * Math.abs(e) + 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  test('never describes an in-range state with NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(inRangeStates(ION_PARAMS), (state) => {
        const text = equilibrationWidget.describe(normalise(state));
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
      }),
      { numRuns: 300 },
    );
  });
});
