import { describe, expect, test } from 'vitest';
import { ACTIVITY_WORDS, valenceText } from './describe';

const MINUS = '\u2212';

describe('the activity widget’s words', () => {
  test('a valence is written with its sign, and U+2212 for minus', () => {
    expect(valenceText(2)).toBe('+2');
    expect(valenceText(-3)).toBe(`${MINUS}3`);
    expect(ACTIVITY_WORDS.plotTitle(-1)).toBe(
      `Activity coefficient γ of an ion with z = ${MINUS}1 against √I, by three laws`,
    );
  });

  test('the legend gives each law’s range, and the extended law its ion size', () => {
    expect(ACTIVITY_WORDS.legend('limiting', 1, 4.5e-10)).toBe('limiting law, to 1 mM');
    expect(ACTIVITY_WORDS.legend('extended', 100, 4.5e-10)).toBe(
      'extended law (a = 4.5 Å), to 100 mM',
    );
    expect(ACTIVITY_WORDS.legend('davies', 500, 4.5e-10)).toBe('Davies equation, to 500 mM');
  });

  test('the readouts and marks name the law they show', () => {
    expect(ACTIVITY_WORDS.readouts.gamma.name('davies')).toBe('γ (Davies equation)');
    expect(ACTIVITY_WORDS.readouts.gamma.label('extended')).toBe('γ, extended law');
    expect(ACTIVITY_WORDS.point('limiting')).toBe('γ, limiting law, at this I');
    expect(ACTIVITY_WORDS.strengthRule(150)).toBe('I = 150 mM');
    expect(ACTIVITY_WORDS.potential(-0.0891)).toBe(`${MINUS}89.1 mV`);
  });
});
