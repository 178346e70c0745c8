// The public surface of src/units: reading, converting and printing quantities at the edge
// of the app (controls, readouts, exercise answers, URLs). Everything here is pure.
export { dimensions, describeDimension, type Dimension, type DimensionInfo } from './dimensions';
export { units, ZERO_CELSIUS, type UnitDefinition } from './units';
export { lookupUnit, canonicalUnit } from './lookupUnit';
export { toSI, fromSI, celsiusToKelvin, kelvinToCelsius } from './convert';
export { formatNumber, formatQuantity, formatPlain, type FormatOptions } from './format';
export {
  parseQuantity,
  MAX_INPUT_LENGTH,
  type ParseResult,
  type ParseFailureReason,
  type ExpectedQuantity,
} from './parseQuantity';
export { splitSubscripts, type TextRun } from './splitSubscripts';
