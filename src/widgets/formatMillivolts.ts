import { formatQuantity } from '../units';

/** A potential as the widgets write it: in mV, one decimal, always signed ("−95.0 mV"). */
export function formatMillivolts(volts: number): string {
  return formatQuantity(volts, 'mV', { decimals: 1, sign: true });
}
