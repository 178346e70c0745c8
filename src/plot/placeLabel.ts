import { BASE_REM_PX, estimatedTextWidth, MARK_LABEL_REM } from './estimatedTextWidth';
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

/**
 * Whether a mark's label fits beside a mark at `at`, `gap` px from it, on `side`, inside
 * the drawing area (the margins not counted).
 */
export function fitsInDrawingArea(
  frame: Pick<PlotFrame, 'width' | 'typeScale'>,
  label: { text: string; at: number; gap: number; side: 'right' | 'left' },
): boolean {
  const textWidth = estimatedTextWidth(label.text, MARK_LABEL_REM, frame.typeScale);
  return label.side === 'right'
    ? label.at + label.gap + textWidth <= frame.width
    : label.at - label.gap - textWidth >= 0;
}

/** A point's label: 0.8rem type, its baseline 0.6 em above the point or 1.4 em below it. */
const POINT_LABEL_EM = { size: 0.8, above: 0.6 + 0.75, below: 1.4 + 0.25 };

/**
 * Where a point's label goes: beside the point on the side asked for, above it or below,
 * while that stays inside the drawing area: in the margins a label next to the axis reads
 * as one of its tick labels. When only the other side has room the label moves there; with
 * `flip` 'diagonal' (a point on a sloping line) it also takes the other vertical, where
 * that has room: the line crosses one diagonal pair of the point's quadrants, so the
 * quadrant opposite the one asked for is as free of it. With room on neither side it goes
 * where placeMarkLabel puts it, margins counted.
 */
export function placePointLabel(
  frame: Pick<PlotFrame, 'width' | 'height' | 'margin' | 'typeScale'>,
  label: {
    text: string;
    x: number;
    y: number;
    gap: number;
    prefer: 'right' | 'left';
    below: boolean;
    flip: 'side' | 'diagonal';
  },
): LabelPlacement & { below: boolean } {
  const fitsBeside = (side: 'right' | 'left') =>
    fitsInDrawingArea(frame, { text: label.text, at: label.x, gap: label.gap, side });
  const fontPx = POINT_LABEL_EM.size * BASE_REM_PX * frame.typeScale;
  const fitsVertically = (below: boolean) =>
    below
      ? label.y + POINT_LABEL_EM.below * fontPx <= frame.height
      : label.y - POINT_LABEL_EM.above * fontPx >= 0;
  const other = label.prefer === 'right' ? 'left' : 'right';
  const moved = !fitsBeside(label.prefer) && fitsBeside(other);
  const crossed = moved && label.flip === 'diagonal' && fitsVertically(!label.below);
  const placed = placeMarkLabel(frame, {
    text: label.text,
    at: label.x,
    gap: label.gap,
    prefer: moved ? other : label.prefer,
  });
  return { ...placed, below: crossed ? !label.below : label.below };
}
