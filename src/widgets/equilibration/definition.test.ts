import fc from 'fast-check';
import { inRangeStates } from '../testing';
import { describe, expect, test, vi } from 'vitest';
import { ION_PARAMS } from '../ionParams';
import { defaultState, withDisplayValues, type WidgetState } from '../params';
import { stateWithValue } from '../stateWithValue';
import { equilibrationWidget } from './definition';
import { describeEquilibration, EQUILIBRATION_WORDS, unbufferedNote } from './describe';
import { equilibrationOf, MEMBRANE } from './model';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;
const MINUS = '\u2212';

/** "⁻⁴" → −4: the exponent of a number written "5.6 × 10⁻⁴". */
const superscriptNumber = (text: string) =>
  Number(
    [...text]
      .map((c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))
      .map((i) => (i === 0 ? '-' : i - 1))
      .join(''),
  );

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

describe('the equilibration widget with Ca²⁺ chosen', () => {
  const state = stateWithValue(equilibrationWidget, defaultState(ION_PARAMS), 'ion', 'Ca');
  const result = equilibrationOf(state);

  test('loads the reference neuron’s Ca²⁺, 100 nM in and 2 mM out: E = (RT/2F)·ln(20 000) = +132.3 mV', () => {
    expect([state.z, state.cin, state.cout]).toEqual([2, 0.0001, 2]);
    expect(result.e).toBeCloseTo(((R * 310.15) / (2 * F)) * Math.log(2 / 0.0001), 12);
    expect(describeEquilibration(state)).toContain('E = +132.3 mV for Ca²⁺');
  });

  test('says that charging takes more than all the Ca²⁺ inside, never a share over 100 %', () => {
    expect(EQUILIBRATION_WORDS.values.fraction(result)).toBe('more than all: ×21');
    expect(describeEquilibration(state)).toContain('21 times all the Ca²⁺ inside');
    expect(describeEquilibration(state)).not.toMatch(/\d{3,} %/);
  });

  test('says where the fixed concentrations fail: unbuffered, [Ca²⁺]in would rise and V_m stop at +95.4 mV', () => {
    const note = unbufferedNote(state, result);
    expect(note).toBe(
      'The plot holds [Ca²⁺]in at 1 × 10⁻⁴ mM, as a perfect buffer would; without one, ' +
        '[Ca²⁺]in would rise to 0.00158 mM and V_m stop at +95.4 mV. In a cell, proteins bind ' +
        'almost all the Ca²⁺ that enters, so free [Ca²⁺]in stays low.',
    );
    expect(describeEquilibration(state)).toContain(note!);
  });

  test('has no such note for the neuron’s K⁺, Na⁺ and Cl⁻, where the concentrations hold', () => {
    for (const id of ['neuron-k', 'neuron-na', 'neuron-cl']) {
      expect(unbufferedNote(presetState(id), equilibrationOf(presetState(id)))).toBeNull();
    }
  });
});

describe('the equilibration widget for any state', () => {
  test('never shows a share of the ions inside over 100 %, in the readout or the description', () => {
    fc.assert(
      fc.property(inRangeStates(ION_PARAMS), (random) => {
        const state = normalise(random);
        const result = equilibrationOf(state);
        const shares = [EQUILIBRATION_WORDS.values.fraction(result), describeEquilibration(state)]
          .join(' ')
          .matchAll(/([\d.]+)(?: × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))? %/g);
        for (const [, mantissa, exponent] of shares) {
          expect(Number(mantissa) * 10 ** superscriptNumber(exponent ?? '⁰')).toBeLessThanOrEqual(
            100,
          );
        }
        // A share over 100 % is said as "more than all", and then the note says why.
        if (result.cell.fraction > 1) {
          expect(EQUILIBRATION_WORDS.values.fraction(result)).toMatch(/^more than all: ×/);
          expect(result.concentrationsHold).toBe(false);
          expect(unbufferedNote(state, result)).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

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
