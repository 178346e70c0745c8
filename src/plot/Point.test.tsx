import { describe, expect, test } from 'vitest';
import { Point } from './Point';
import { markupInFrame } from './testing';

// In TEST_FRAME: x(v) = 40·v, y(v) = 100 − v, a drawing area 400 × 200 px with margins of
// 72 px on the left and 20 px on the right. A mark's label is estimated at 0.88rem, 14.08 px
// an em: "E_K" (E and K 0.65 em, _ 0.56 em) is 1.86 · 14.08 = 26.189 px wide.
const SUB_K = 'E<tspan baseline-shift="sub" font-size="75%">K</tspan>';

describe('Point', () => {
  test('draws a dot at the scales’ pixel, its label 10 px to the right and above', () => {
    expect(markupInFrame(<Point x={5} y={0} label="E_K" />)).toBe(
      '<g class="mark-point series-1" transform="translate(200,100)" aria-hidden="true">' +
        '<circle r="6"></circle>' +
        `<text x="10" dy="-0.6em" text-anchor="start">${SUB_K}</text></g>`,
    );
  });

  test('puts its label on the side and at the height asked for', () => {
    const html = markupInFrame(<Point x={5} y={0} label="E_K" labelSide="left" labelBelow />);
    expect(html).toContain('<text x="-10" dy="1.4em" text-anchor="end">');
  });

  test('draws no text for a point named only for the CSV', () => {
    expect(markupInFrame(<Point x={5} y={0} name="rest" tone="series-2" />)).toBe(
      '<g class="mark-point series-2" transform="translate(200,100)" aria-hidden="true">' +
        '<circle r="6"></circle></g>',
    );
  });

  test('moves its label to the other side where its own would leave the drawing area', () => {
    // At 380 px: 380 + 10 + 26.189 > 400, and 380 − 10 − 26.189 ≥ 0. It stays above.
    const html = markupInFrame(<Point x={9.5} y={0} label="E_K" />);
    expect(html).toContain('<text x="-10" dy="-0.6em" text-anchor="end">');
  });

  test('on a rising line, puts its label in the quadrants the line leaves free', () => {
    // Right of a rising line is below it; left of it is above.
    expect(markupInFrame(<Point x={5} y={0} label="E_K" on="rising" />)).toContain(
      '<text x="10" dy="1.4em" text-anchor="start">',
    );
    expect(markupInFrame(<Point x={5} y={0} label="E_K" on="rising" labelSide="left" />)).toContain(
      '<text x="-10" dy="-0.6em" text-anchor="end">',
    );
    // Right of a falling line is above it.
    expect(markupInFrame(<Point x={5} y={0} label="E_K" on="falling" />)).toContain(
      '<text x="10" dy="-0.6em" text-anchor="start">',
    );
  });

  test('crosses a line diagonally when its label moves to the other side', () => {
    // Below-right of a rising line has no room at 380 px; above-left is as free of the line.
    expect(markupInFrame(<Point x={9.5} y={0} label="E_K" on="rising" />)).toContain(
      '<text x="-10" dy="-0.6em" text-anchor="end">',
    );
  });

  test('crosses only where the other vertical has room for the label in the drawing area', () => {
    // 0.8rem type, 12.8 px: above, the baseline is 0.6 em up and the capitals 0.75 em more,
    // 1.35 · 12.8 = 17.28 px; below, 1.4 em down and 0.25 em of descent, 21.12 px.
    // Above a point 17.3 px from the top there is room, 17.2 px from it there is not.
    expect(markupInFrame(<Point x={9.5} y={82.7} label="E_K" on="rising" />)).toContain(
      '<text x="-10" dy="-0.6em" text-anchor="end">',
    );
    expect(markupInFrame(<Point x={9.5} y={82.8} label="E_K" on="rising" />)).toContain(
      '<text x="-10" dy="1.4em" text-anchor="end">',
    );
    // Below a point 21.2 px from the bottom there is room, 21.1 px from it there is not.
    expect(markupInFrame(<Point x={9.5} y={-78.8} label="E_K" on="falling" />)).toContain(
      '<text x="-10" dy="1.4em" text-anchor="end">',
    );
    expect(markupInFrame(<Point x={9.5} y={-78.9} label="E_K" on="falling" />)).toContain(
      '<text x="-10" dy="-0.6em" text-anchor="end">',
    );
  });

  test('puts a label too wide for either side as far in as the margins let it', () => {
    // 40 letters: 40 · 0.56 · 14.08 = 315.392 px. Neither 200 + 10 + 315.392 ≤ 420 nor
    // 200 − 10 − 315.392 ≥ −72: it starts at 420 − 315.392 = 104.608, −95.392 from the point.
    expect(markupInFrame(<Point x={5} y={0} label={'a'.repeat(40)} />)).toContain(
      '<text x="-95.392" dy="-0.6em" text-anchor="start">',
    );
  });
});
