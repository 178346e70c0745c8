import { formatNumber, fromSI, parseQuantity, type Dimension } from '../units';

export type FieldSpec = {
  unit: string;
  dimension: Dimension;
  min: number;
  max: number;
  digits?: number;
};

/**
 * What a slider's number field means by `text`, in the slider's unit: a value in range,
 * nothing yet (blank), or an error to show. A bare number is read in the slider's unit;
 * another unit of the same dimension is converted ("0.14 M" in a mM field is 140).
 */
export function readFieldValue(
  text: string,
  spec: FieldSpec,
): { value: number } | { error: string | null } {
  const parsed = parseQuantity(text, { dimension: spec.dimension, defaultUnit: spec.unit });
  if (!parsed.ok) return { error: parsed.reason === 'empty' ? null : parsed.message };
  // parseQuantity answers in SI ("37" in a °C field is 310.15 K): back to the slider's unit.
  const value = spec.unit ? fromSI(parsed.value, spec.unit) : parsed.value;
  if (value < spec.min || value > spec.max) {
    const digits = spec.digits ?? 3;
    const unit = spec.unit ? ` ${spec.unit}` : '';
    return {
      error: `Enter a value from ${formatNumber(spec.min, { digits })} to ${formatNumber(spec.max, { digits })}${unit}.`,
    };
  }
  return { value };
}
