export type LabelPlacement = { x: number; anchor: 'start' | 'end' | 'middle' };

/**
 * Where a label of (estimated) width `textWidth` goes beside a mark at `at`, `gap` px from
 * it, in a plot `plotWidth` wide: on the side it prefers when it fits there, else on the
 * other side, else as far in as it goes (a label wider than the room left keeps its start
 * in the plot). A centred label slides inward until it fits.
 */
export function placeLabel({
  at,
  gap,
  textWidth,
  plotWidth,
  prefer,
}: {
  at: number;
  gap: number;
  textWidth: number;
  plotWidth: number;
  prefer: 'right' | 'left' | 'centre';
}): LabelPlacement {
  if (prefer === 'centre') {
    const half = textWidth / 2;
    return { x: Math.max(half, Math.min(plotWidth - half, at)), anchor: 'middle' };
  }
  const fitsRight = at + gap + textWidth <= plotWidth;
  const fitsLeft = at - gap - textWidth >= 0;
  if (prefer === 'right' ? fitsRight || !fitsLeft : !fitsLeft && fitsRight) {
    return fitsRight
      ? { x: at + gap, anchor: 'start' }
      : { x: Math.max(0, plotWidth - textWidth), anchor: 'start' };
  }
  return fitsLeft
    ? { x: at - gap, anchor: 'end' }
    : { x: Math.max(0, plotWidth - textWidth), anchor: 'start' };
}
