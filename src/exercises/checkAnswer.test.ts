import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { parseQuantity } from '../units';
import { checkAnswer, type AnswerSpec } from './checkAnswer';
import { nernstPotentialProblem } from './problems/nernst';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// Constants written out here, so the expected values do not come from the code under test.
const R = 8.31446261815324;
const F = 96485.33212331001;

/** E = (RT/zF)·ln(c_out/c_in), in V. */
function nernstByHand(z: number, cin: number, cout: number, kelvin: number): number {
  return ((R * kelvin) / (z * F)) * Math.log(cout / cin);
}

// K⁺ in a neuron: 140 mM inside, 4 mM outside, 37 °C → −95.0 mV.
const NEURON_K = { z: 1, cin: 140, cout: 4, T: 310.15 };
const E = -0.0950226;

const answer: AnswerSpec = {
  value: E,
  unit: 'mV',
  dimension: 'voltage',
  relative: 0.01,
  absolute: 1e-4,
  mistakes: nernstPotentialProblem.mistakes(NEURON_K, E),
};

const toleranceOf = (spec: AnswerSpec) =>
  Math.max(spec.relative * Math.abs(spec.value), spec.absolute);

/** Formats a value in V as typed text in mV, with enough digits to be unambiguous. */
const inMillivolts = (volts: number) => `${(volts * 1000).toFixed(3)} mV`;

describe('the worked example', () => {
  test('the answer used here is the Nernst potential of K⁺ at 140/4 mM and 37 °C', () => {
    expect(nernstByHand(1, 140, 4, 310.15)).toBeCloseTo(E, 6);
  });
});

describe('checkAnswer accepts every equivalent form of a right answer', () => {
  test.each([
    '−95 mV',
    '-95mV',
    '−95,0 mV',
    '-0.095 V',
    '−9.5e1 mV',
    '-9.5×10^1 mV',
    '−9.5 × 10¹ mV',
    '-95',
    '-95.02',
    ' -95 mV ',
    '-95.0 mV',
    '−95000 µV',
  ])('%j is correct', (text) => {
    expect(checkAnswer(text, answer).verdict).toBe('correct');
  });

  test('reads a bare number in the unit the question asks for (mV), not in V', () => {
    expect(checkAnswer('-95', answer).verdict).toBe('correct');
    expect(checkAnswer('-95', { ...answer, unit: 'V' }).verdict).not.toBe('correct');
  });

  test('accepts any typed value within the tolerance of the answer', () => {
    const tolerance = toleranceOf(answer);
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 0.99, noNaN: true }), (fraction) => {
        const typed = E + fraction * tolerance;
        expect(checkAnswer(`${typed} V`, answer).verdict).toBe('correct');
      }),
    );
  });
});

describe('checkAnswer calls unreadable input invalid, never right or wrong', () => {
  test.each([
    ['', 'blank'],
    ['   ', 'only spaces'],
    ['abc', 'no number'],
    ['95 mV mV', 'a unit it cannot read'],
    ['NaN', 'not a number'],
    ['1e999', 'a number too large to use'],
    ['9'.repeat(500), 'a 500-character string'],
    ['<script>', 'markup'],
  ])('%j (%s) is invalid, and the message says a voltage was expected', (text) => {
    const result = checkAnswer(text, answer);
    expect(result.verdict).toBe('invalid');
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message).toMatch(/voltage/);
  });

  test('an answer in a unit of the wrong dimension is invalid, naming what was expected', () => {
    const result = checkAnswer('-95 kJ/mol', answer);
    expect(result.verdict).toBe('invalid');
    expect(result.message).toMatch(/voltage/);
    expect(result.message).toMatch(/molar energy/);
  });

  test('blank input of any whitespace is never correct', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2009', '\u202f') }),
        (text) => {
          expect(checkAnswer(text, answer).verdict).toBe('invalid');
        },
      ),
    );
  });

  test('random text has a verdict, and is correct only when it reads as a value within tolerance', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789',
        '-',
        '−',
        '+',
        '.',
        ',',
        'e',
        'E',
        ' ',
        'm',
        'V',
        'µ',
        'k',
        '×',
        '^',
        '¹',
        '⁻',
        'J',
        '/',
        'o',
        'l',
      ),
      maxLength: 14,
    });
    const tolerance = toleranceOf(answer);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (text) => {
        const result = checkAnswer(text, answer);
        expect(['correct', 'close', 'incorrect', 'invalid']).toContain(result.verdict);
        expect(typeof result.message).toBe('string');
        const parsed = parseQuantity(text, { dimension: 'voltage', defaultUnit: 'mV' });
        if (result.verdict === 'correct') {
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(Math.abs(parsed.value - E)).toBeLessThanOrEqual(tolerance);
        }
        // Only unreadable text is invalid, and unreadable text is always invalid.
        expect(result.verdict === 'invalid').toBe(!parsed.ok);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkAnswer names the common mistakes', () => {
  test('the right size with the wrong sign is incorrect, with a message about the sign', () => {
    const result = checkAnswer('+95 mV', answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).toMatch(/sign/);
  });

  test('an answer in V where mV was meant is off by a factor of 1000', () => {
    const result = checkAnswer('-95 V', answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).toMatch(/factor of 1000/);
  });

  test('a bare number written in V (read as mV) is off by 1000, and the message says how it was read', () => {
    const result = checkAnswer('-0.095', answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).toMatch(/factor of 1000/);
    expect(result.message).toMatch(/read in mV/);
  });

  test('log₁₀ instead of ln (E / 2.303) is diagnosed', () => {
    const withLog10 = ((R * 310.15) / F) * Math.log10(4 / 140);
    expect(withLog10 * 1000).toBeCloseTo(-41.3, 1);
    for (const text of ['-41.3 mV', inMillivolts(withLog10)]) {
      const result = checkAnswer(text, answer);
      expect(result.verdict).toBe('incorrect');
      expect(result.message).toMatch(/log/);
    }
  });

  test('°C used as kelvin (T = 37 instead of 310.15) is diagnosed', () => {
    const withCelsius = nernstByHand(1, 140, 4, 37);
    const result = checkAnswer(inMillivolts(withCelsius), answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).toMatch(/kelvin/);
  });

  test('forgetting to divide by the valence is diagnosed for Ca²⁺', () => {
    const p = { z: 2, cin: 0.0001, cout: 2, T: 310.15 };
    const e = nernstByHand(2, 0.0001, 2, 310.15);
    const spec: AnswerSpec = {
      ...answer,
      value: e,
      mistakes: nernstPotentialProblem.mistakes(p, e),
    };
    const result = checkAnswer(inMillivolts(nernstByHand(1, 0.0001, 2, 310.15)), spec);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).toMatch(/valence/);
  });

  test('−97 mV is close: within 5 % but outside 1 %', () => {
    expect(checkAnswer('-97 mV', answer).verdict).toBe('close');
    expect(checkAnswer('-93 mV', answer).verdict).toBe('close');
  });

  test('−50 mV is plainly incorrect, with no diagnosis', () => {
    const result = checkAnswer('-50 mV', answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).not.toMatch(/sign|factor|log|kelvin|valence/);
  });

  test('0 mV for −95 mV is plainly incorrect, not a unit-prefix slip', () => {
    // −95 mV / 1000 is −0.095 mV; 0 mV is a different answer, not the same digits with
    // another prefix, so "check the unit prefix" would send the reader the wrong way.
    const result = checkAnswer('0 mV', answer);
    expect(result.verdict).toBe('incorrect');
    expect(result.message).not.toMatch(/factor of 1000/);
  });
});

describe('checkAnswer near zero uses the absolute tolerance', () => {
  // Equal concentrations: E = 0, correct within 0.1 mV.
  const p = { z: 1, cin: 10, cout: 10, T: 310.15 };
  const zero: AnswerSpec = {
    ...answer,
    value: 0,
    mistakes: nernstPotentialProblem.mistakes(p, 0),
  };

  test.each(['0', '0.0 mV', '-0.04 mV', '−0 mV', '0 V'])('%j is correct', (text) => {
    expect(checkAnswer(text, zero).verdict).toBe('correct');
  });

  test('5 mV is not correct', () => {
    expect(checkAnswer('5 mV', zero).verdict).not.toBe('correct');
    expect(checkAnswer('5 mV', zero).verdict).toBe('incorrect');
  });
});

describe('checkAnswer names a wrong method rather than calling it close', () => {
  // V_m of the reference neuron by GHK, −65.9 mV, and two wrong methods near it: Cl⁻ left
  // out (−62.8 mV, within five tolerances) and E_K alone (−95.0 mV).
  const ghk: AnswerSpec = {
    value: -0.0659,
    unit: 'mV',
    dimension: 'voltage',
    relative: 0.01,
    absolute: 2e-4,
    mistakes: [
      { value: -0.0628, code: 'ion-left-out', note: 'Cl⁻ counts too.' },
      { value: -0.095, code: 'one-ion' },
    ],
  };

  test('an answer at a known mistake within five tolerances is that mistake, not close', () => {
    expect(checkAnswer('-62.8 mV', ghk)).toEqual({
      verdict: 'incorrect',
      message: 'An ion that counts is left out. Cl⁻ counts too.',
      mistake: 'ion-left-out',
    });
  });

  test('E_K alone is named as one ion’s potential where several count', () => {
    expect(checkAnswer('-95', ghk)).toMatchObject({ verdict: 'incorrect', mistake: 'one-ion' });
  });

  test('an answer nearer the right one than any mistake is only close', () => {
    expect(checkAnswer('-64.8 mV', ghk)).toMatchObject({ verdict: 'close' });
    expect(checkAnswer('-64.8 mV', ghk).mistake).toBeUndefined();
  });

  test('the right size with the other sign is named a sign slip even when the problem lists none', () => {
    expect(checkAnswer('+65.9 mV', ghk)).toEqual({
      verdict: 'incorrect',
      message: 'The sign is wrong.',
      mistake: 'sign',
    });
  });

  test('a prefix slip carries its code', () => {
    expect(checkAnswer('-65.9 V', ghk)).toMatchObject({ verdict: 'incorrect', mistake: 'prefix' });
  });
});
