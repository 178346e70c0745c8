import { describe, expect, test } from 'vitest';
import { Band } from './Band';
import { markupInFrame } from './testing';

// In TEST_FRAME: x(v) = 40·v, y(v) = 100 − v, a drawing area 400 × 200 px.

describe('Band', () => {
  test('shades between two x values the full height, its label inside its top left', () => {
    expect(markupInFrame(<Band x={[2, 4]} label="not trustworthy" />)).toBe(
      '<g class="mark-band muted" aria-hidden="true">' +
        '<rect x="80" y="0" width="80" height="200"></rect>' +
        '<text x="86" y="16">not trustworthy</text></g>',
    );
  });

  test('shades between two y values the full width', () => {
    // y(20) = 80 is the top, y(−50) = 150 the bottom.
    expect(markupInFrame(<Band y={[-50, 20]} tone="series-2" />)).toBe(
      '<g class="mark-band series-2" aria-hidden="true">' +
        '<rect x="0" y="80" width="400" height="70"></rect></g>',
    );
  });

  test('shades a box given both, whichever way round its ends are', () => {
    const box = '<rect x="80" y="50" width="80" height="50"></rect>';
    expect(markupInFrame(<Band x={[2, 4]} y={[0, 50]} />)).toContain(box);
    expect(markupInFrame(<Band x={[4, 2]} y={[50, 0]} />)).toContain(box);
  });
});
