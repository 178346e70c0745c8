import { describe, expect, test } from 'vitest';
import {
  formatConductance,
  formatCurrent,
  formatFlux,
  formatRate,
  PUMP_WORDS,
  ratioText,
} from './describe';

describe('the pump widget’s words', () => {
  test('write the pump ratio 1.5 as 3 : 2, any other as a ratio to 1', () => {
    expect(ratioText(1.5)).toBe('3 : 2');
    expect(ratioText(1)).toBe('1 : 1');
    expect(ratioText(1.25)).toBe('1.25 : 1');
  });

  test('write a flux in pmol/(cm²·s), unsigned, and a rate per second', () => {
    expect(formatFlux(-4.4023e-8)).toBe('4.4');
    expect(formatFlux(1.2345e-8)).toBe('1.23');
    expect(formatRate(6.2415e7)).toBe('6.24 × 10⁷ /s');
  });

  test('label a bar by ion, flux and direction', () => {
    expect(PUMP_WORDS.barLabel({ ion: 'K', kind: 'leak', value: 4.4023 })).toBe('K⁺ leak out, 4.4');
    expect(PUMP_WORDS.barLabel({ ion: 'Na', kind: 'pump', value: -6.6035 })).toBe(
      'Na⁺ pumped in, 6.6',
    );
  });

  test('write a whole-cell current in pA and a conductance in nS', () => {
    expect(formatCurrent(5.3408e-12)).toBe('5.34 pA');
    expect(formatCurrent(0)).toBe('0 pA');
    expect(formatConductance(7.2e-10)).toBe('0.72 nS');
  });

  test('key the chart with the ratio and the reference neuron’s P_K and size, subscripts written P_K', () => {
    expect(PUMP_WORDS.plotKey(1.5)).toBe(
      'Bars to the right carry ions out, to the left in; solid bars are the passive leaks, ' +
        'outlined bars what the pump moves (3 : 2 Na⁺ : K⁺). Fluxes, currents and conductance ' +
        'are those of the reference neuron, P_K = 5 × 10⁻⁹ m/s and 10 µm in radius; the ' +
        'voltages depend only on P_Na/P_K. The pump current I is what the pump carries to ' +
        'balance the leaks at r; g is how much the leaks’ current changes per volt near rest.',
    );
  });
});
