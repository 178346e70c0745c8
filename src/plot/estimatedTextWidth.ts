/**
 * Advances in em, taken generously from DejaVu Sans (a common fallback, wider than most UI
 * fonts), so that an estimate errs wide and a label placed by it stays inside its plot:
 * digits, signs and capitals 0.65 em (DejaVu's digits are 0.636), spaces 0.35, the rest
 * (lower case, mostly) 0.56.
 */
const WIDE_EM = 0.65;
const SPACE_EM = 0.35;
const OTHER_EM = 0.56;

/**
 * The size to estimate marks' labels at: they are set at 0.8rem and bold (Point, Label and
 * Rule text), and bold glyphs are about a tenth wider (DejaVu Sans Bold digits: 0.696 em).
 */
export const MARK_LABEL_REM = 0.88;

/** The root type size the plots' px sizes and offsets are given for. */
export const BASE_REM_PX = 16;

/**
 * About how wide, in px, `text` is at `rem` root ems with the root type `typeScale` times
 * 16 px: for placing labels (which side of a point, whether to shrink), not for typesetting.
 */
export function estimatedTextWidth(text: string, rem: number, typeScale: number): number {
  let em = 0;
  for (const character of text) {
    if (character === ' ') em += SPACE_EM;
    else if (/[\d\p{Lu}+−\-±=×⁰-⁹]/u.test(character)) em += WIDE_EM;
    else em += OTHER_EM;
  }
  return em * rem * BASE_REM_PX * typeScale;
}
