import { lookupUnit } from './lookupUnit';
import { ZERO_CELSIUS, type UnitDefinition } from './units';

function definition(fn: string, unit: string): UnitDefinition {
  const found = lookupUnit(unit);
  // An unknown unit here is a bug in the calling code (units come from the program, not
  // the reader), so it is reported loudly, with the unit, rather than turned into NaN.
  if (found === undefined) throw new RangeError(`${fn}: unknown unit '${String(unit)}'`);
  return found;
}

/** value · multiplier / divisor, falling back to the single factor if the product overflows. */
function scale(value: number, multiplier: number, divisor: number): number {
  const result = (value * multiplier) / divisor;
  return Number.isFinite(result) || !Number.isFinite(value)
    ? result
    : value * (multiplier / divisor);
}

/**
 * A value written in `unit` (any spelling `lookupUnit` accepts: 'mV', 'uF/cm2', '°C'),
 * in SI: toSI(−95, 'mV') = −0.095 (V); toSI(37, '°C') = 310.15 (K); toSI(140, 'mM') = 140
 * (mM is the SI concentration here). Throws a RangeError naming the unit if it is unknown.
 * Non-finite values pass through (NaN in, NaN out).
 */
export function toSI(value: number, unit: string): number {
  const { multiplier, divisor, offset } = definition('toSI', unit);
  return scale(value, multiplier, divisor) + offset;
}

/**
 * An SI value expressed in `unit`: fromSI(−0.095, 'mV') = −95; fromSI(310.15, '°C') = 37.
 * Throws a RangeError naming the unit if it is unknown.
 */
export function fromSI(valueSI: number, unit: string): number {
  const { multiplier, divisor, offset } = definition('fromSI', unit);
  return scale(valueSI - offset, divisor, multiplier);
}

/** °C → K, adding exactly 273.15. No check against absolute zero: that is the caller's. */
export function celsiusToKelvin(celsius: number): number {
  return celsius + ZERO_CELSIUS;
}

/** K → °C, subtracting exactly 273.15. */
export function kelvinToCelsius(kelvin: number): number {
  return kelvin - ZERO_CELSIUS;
}
