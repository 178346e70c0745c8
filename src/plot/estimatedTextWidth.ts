/**
 * A character's advance, in em, taken generously (DejaVu Sans, a common fallback, has
 * 0.636 em digits; most UI fonts are narrower), so that an estimate errs wide and a label
 * placed by it does not run out of its plot.
 */
const CHARACTER_EM = 0.65;

/** The root type size the plots' px sizes and offsets are given for. */
export const BASE_REM_PX = 16;

/**
 * About how wide, in px, `text` is at `rem` root ems with the root type `typeScale` times
 * 16 px: for placing labels (which side of a point, whether to shrink), not for typesetting.
 */
export function estimatedTextWidth(text: string, rem: number, typeScale: number): number {
  return [...text].length * CHARACTER_EM * rem * BASE_REM_PX * typeScale;
}
