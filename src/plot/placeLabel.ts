import { estimatedTextWidth, MARK_LABEL_REM } from './estimatedTextWidth';
import type { PlotFrame } from './PlotContext';

export type LabelPlacement = { x: number; anchor: 'start' | 'end' | 'middle' };

/**
 * Where a label of (estimated) width `textWidth` goes beside a mark at `at`, `gap` px from
 * it, between `left` and `right` (the plot's SVG box, margins included, in the drawing
 * area's coordinates): on the side it prefers when it fits there, else on the other side,
 * else as far in as it goes (a label wider than the room keeps its start inside). A centred
 * label slides inward until it fits.
 */
export function placeLabel({
  at,
  gap,
  textWidth,
  left,
  right,
  prefer,
}: {
  at: number;
  gap: number;
  textWidth: number;
  left: number;
  right: number;
  prefer: 'right' | 'left' | 'centre';
}): LabelPlacement {
  const inside = (x: number) => Math.max(left, Math.min(right - textWidth, x));
  if (prefer === 'centre') {
    const half = textWidth / 2;
    return { x: inside(at - half) + half, anchor: 'middle' };
  }
  const fitsRight = at + gap + textWidth <= right;
  const fitsLeft = at - gap - textWidth >= left;
  if (prefer === 'right' ? fitsRight || !fitsLeft : !fitsLeft && fitsRight) {
    return fitsRight ? { x: at + gap, anchor: 'start' } : { x: inside(right), anchor: 'start' };
  }
  return fitsLeft ? { x: at - gap, anchor: 'end' } : { x: inside(right), anchor: 'start' };
}

/**
 * placeLabel for a mark's label in a Figure: its width estimated at the marks' label size,
 * its room the Figure's SVG box (the drawing area and its margins).
 */
export function placeMarkLabel(
  frame: Pick<PlotFrame, 'width' | 'margin' | 'typeScale'>,
  label: { text: string; at: number; gap: number; prefer: 'right' | 'left' | 'centre' },
): LabelPlacement {
  return placeLabel({
    at: label.at,
    gap: label.gap,
    textWidth: estimatedTextWidth(label.text, MARK_LABEL_REM, frame.typeScale),
    left: -frame.margin.left,
    right: frame.width + frame.margin.right,
    prefer: label.prefer,
  });
}
