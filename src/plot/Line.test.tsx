import { describe, expect, test } from 'vitest';
import { Line } from './Line';
import { markupInFrame } from './testing';

// In TEST_FRAME: x(v) = 40·v, y(v) = 100 − v.

describe('Line', () => {
  test('draws a path through its points at the scales’ pixels, clipped to the drawing area', () => {
    expect(
      markupInFrame(
        <Line
          label="g_K"
          points={[
            [0, 0],
            [2, 50],
            [10, 100],
          ]}
        />,
      ),
    ).toBe(
      '<path class="mark-line series-1" d="M0,100L80,50L400,0" clip-path="url(#clip)" ' +
        'aria-hidden="true" data-label="g_K"></path>',
    );
  });

  test('keeps a value outside the domain whole, for the clip to cut', () => {
    // y = 150 is 50 px above the drawing area: the CSV keeps the physics' value.
    expect(
      markupInFrame(
        <Line
          label="a"
          points={[
            [0, 0],
            [5, 150],
          ]}
        />,
      ),
    ).toContain('d="M0,100L200,-50"');
  });

  test('breaks the line at a point with no finite value, and shows a lone point as a dot', () => {
    // Runs: (0, 0) alone, (2, 50)–(3, 60), (5, 0) alone; a lone point is closed (Z).
    const html = markupInFrame(
      <Line
        label="a"
        points={[
          [0, 0],
          [1, Number.NaN],
          [2, 50],
          [3, 60],
          [4, Number.POSITIVE_INFINITY],
          [5, 0],
        ]}
      />,
    );
    expect(html).toContain('d="M0,100ZM80,50L120,40M200,100Z"');
  });

  test('takes its tone from the theme’s series classes, dashed on request', () => {
    const html = markupInFrame(<Line label="a" points={[]} tone="series-3" dashed />);
    expect(html).toContain('class="mark-line series-3 dashed"');
  });
});
