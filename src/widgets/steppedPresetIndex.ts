/** The preset index `delta` steps from `current` (none active: from before the first). */
export function steppedPresetIndex(current: number, delta: 1 | -1, count: number): number {
  if (count === 0) throw new RangeError('count: a widget with no presets has none to step to');
  if (current < 0) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}
