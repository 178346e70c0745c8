import { FARADAY, GAS_CONSTANT } from './constants';
import { finiteResult, positive } from './validate';

/**
 * The thermal voltage RT/F, in V: 26.73 mV at 37 °C (310.15 K), 25.69 mV at 25 °C.
 * Every potential in the book is a multiple of it.
 */
export function thermalVoltage(temperature: number): number {
  positive('thermalVoltage', 'temperature', temperature, 'K');
  return finiteResult('thermalVoltage', 'temperature', (GAS_CONSTANT * temperature) / FARADAY);
}
