import type { PositionScale } from './PlotContext';

/**
 * The tick values of an axis that has room for `room` labels and asks for `wanted`: the
 * scale's ticks for the smaller of the two (at least 2), and if that gives one tick alone
 * (a narrow plot of −150 to 150 mV asks for 2 and gets just 0, a step of 200), for more
 * until there are two: a single label gives the reader no scale. No more than `wanted`.
 */
export function axisTicks(scale: PositionScale, wanted: number, room: number): number[] {
  let count = Math.max(2, Math.min(wanted, room));
  let values = scale.ticks(count);
  while (values.length < 2 && count < wanted) values = scale.ticks(++count);
  return values;
}
