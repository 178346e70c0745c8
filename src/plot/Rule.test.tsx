import { describe, expect, test } from 'vitest';
import { Rule } from './Rule';
import { markupInFrame } from './testing';

// In TEST_FRAME: x(v) = 40·v, y(v) = 100 − v, a drawing area 400 × 200 px with a 20 px
// right margin. "E_K" at the marks' label size is 1.86 em · 14.08 = 26.189 px wide.
const SUB_K = 'E<tspan baseline-shift="sub" font-size="75%">K</tspan>';

describe('Rule across the plot (at an x)', () => {
  test('stands at the scale’s pixel, top to bottom, its label above the drawing area', () => {
    expect(markupInFrame(<Rule x={1} label="E_K" />)).toBe(
      '<g class="mark-rule muted dashed" aria-hidden="true">' +
        '<line x1="40" x2="40" y1="0" y2="200"></line>' +
        `<text x="44" y="-8" text-anchor="start">${SUB_K}</text></g>`,
    );
  });

  test('puts its label left of it where the right would run past the plot', () => {
    // At 396 px: 396 + 4 + 26.189 > 400 + 20.
    expect(markupInFrame(<Rule x={9.9} label="E_K" />)).toContain(
      '<text x="392" y="-8" text-anchor="end">',
    );
  });

  test('raises its label with the type size', () => {
    expect(markupInFrame(<Rule x={1} label="E_K" />, { typeScale: 1.375 })).toContain(
      '<text x="44" y="-11" text-anchor="start">',
    );
  });

  test('draws no text without a label, in the tone asked for, solid on request', () => {
    expect(markupInFrame(<Rule x={1} tone="series-2" dashed={false} />)).toBe(
      '<g class="mark-rule series-2" aria-hidden="true">' +
        '<line x1="40" x2="40" y1="0" y2="200"></line></g>',
    );
  });
});

describe('Rule along the plot (at a y)', () => {
  test('runs the width of the drawing area, its label above its right end', () => {
    expect(markupInFrame(<Rule y={-70} label="E_K" />)).toBe(
      '<g class="mark-rule muted dashed" aria-hidden="true">' +
        '<line x1="0" x2="400" y1="170" y2="170"></line>' +
        `<text x="396" y="170" dy="-0.4em" text-anchor="end">${SUB_K}</text></g>`,
    );
  });

  test('puts its label at its left end, or under it, on request', () => {
    expect(markupInFrame(<Rule y={-70} label="E_K" labelAt="start" labelBelow />)).toContain(
      '<text x="4" y="170" dy="1.2em" text-anchor="start">',
    );
  });

  test('lies at zero when given neither x nor y', () => {
    expect(markupInFrame(<Rule />)).toContain('<line x1="0" x2="400" y1="100" y2="100">');
  });
});
