import { describe, expect, test } from 'vitest';
import { defaultState } from '../params';
import { describeCapacitor, formatCount, oneIn } from './describe';
import { capacitorResults } from './model';
import { CAPACITOR_PARAMS } from './capacitorParams';

const MINUS = '\u2212';

describe('the capacitor widget’s description', () => {
  test('the description follows the state, with U+2212 minus', () => {
    const text = describeCapacitor(defaultState(CAPACITOR_PARAMS));
    expect(text).toContain('C = 0.354 µF/cm²');
    expect(text).toContain(`field of ${MINUS}1.4 × 10⁷ V/m`);
    expect(text).toContain('1.94 × 10⁶ K⁺ ions must cross');
    expect(text).toContain(`to ${MINUS}70 mV`);
    expect(text).toContain('3.53 × 10¹¹ K⁺');
    expect(text).toContain('1 in 182\u202f000');
  });

  test('at 0 mV nothing moves, and the description says so without dividing by zero', () => {
    const state = { ...defaultState(CAPACITOR_PARAMS), V: 0 };
    expect(capacitorResults(state).cell.ionsMoved).toBe(0);
    expect(describeCapacitor(state)).toContain('no ions need to cross');
    expect(oneIn(0)).toBe('none');
  });
});

describe('counts of ions', () => {
  test('are grouped in threes below 10⁵ and scientific above', () => {
    expect(formatCount(13_812)).toBe('13\u202f800');
    expect(formatCount(5.4903e6)).toBe('5.49 × 10⁶');
    expect(formatCount(0)).toBe('0');
  });
});
