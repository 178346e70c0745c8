// Unit tests of thermalVoltage, RT/F in volts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BOLTZMANN, ELEMENTARY_CHARGE, FARADAY, GAS_CONSTANT } from './constants';
import { thermalVoltage } from './thermal';
import { expectClose, expectRangeError, temperature } from './testing';

describe('thermalVoltage', () => {
  test('thermalVoltage equals k_B·T/e, since R/F = (k_B·N_A)/(e·N_A)', () => {
    for (const t of [1, 273.15, 310.15, 1000, 1e6]) {
      expectClose(thermalVoltage(t), (BOLTZMANN * t) / ELEMENTARY_CHARGE, 1e-15);
    }
  });

  test('thermalVoltage at 25 °C is 25.693 mV, and ln 10 times it is the 59.16 mV per decade of electrochemistry', () => {
    // 8.31446261815324 × 298.15 / 96485.33212331001 = 0.025692579121085849 V
    // × ln 10 (2.302585092994046)                    = 0.059159349684782336 V
    expectClose(thermalVoltage(298.15), 0.02569257912108585, 1e-15);
    expectClose(thermalVoltage(298.15) * Math.LN10, 0.059159349684782335, 1e-15);
  });

  test('thermalVoltage answers in volts, not millivolts: 37 °C gives 0.0267, not 26.7', () => {
    // 8.31446261815324 × 310.15 / 96485.33212331001 = 0.02672665911254327 V
    const vt = thermalVoltage(310.15);
    expect(vt).toBeGreaterThan(0.0267);
    expect(vt).toBeLessThan(0.0268);
  });

  test('thermalVoltage rejects 0 K and a Celsius temperature below 0 (−5), naming temperature and its unit', () => {
    for (const t of [0, -5, -273.15]) {
      const message = expectRangeError(() => thermalVoltage(t), 'thermalVoltage', 'temperature');
      expect(message).toContain('> 0 K');
    }
  });

  test('thermalVoltage rejects NaN, Infinity and a numeric string, naming temperature', () => {
    for (const t of [NaN, Infinity, '310' as unknown as number]) {
      expectRangeError(() => thermalVoltage(t), 'thermalVoltage', 'temperature');
    }
  });

  test('thermalVoltage throws rather than returning Infinity when R·T overflows (T = 1e308 K)', () => {
    // 8.314 × 1e308 > MAX_VALUE ≈ 1.8e308
    expectRangeError(() => thermalVoltage(1e308), 'thermalVoltage', 'temperature');
    // 1e300 K is absurd but representable: 8.617e295 V
    expect(Number.isFinite(thermalVoltage(1e300))).toBe(true);
  });
});

describe('for every input', () => {
  test('thermalVoltage is linear in temperature (RT/F)', () => {
    fc.assert(
      fc.property(temperature, temperature, (t1, t2) => {
        expectClose(thermalVoltage(t1 + t2), thermalVoltage(t1) + thermalVoltage(t2), 1e-12, 0);
        expectClose(thermalVoltage(t1), (t1 * GAS_CONSTANT) / FARADAY, 1e-12, 0);
      }),
    );
  });
});
