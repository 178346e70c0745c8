import { describe, expect, test } from 'vitest';
import { Label } from './Label';
import { markupInFrame } from './testing';

// In TEST_FRAME: x(v) = 40·v, y(v) = 100 − v, a drawing area 400 × 200 px in margins of
// 72 px on the left and 20 px on the right. "abcdef" at the marks' label size is
// 6 · 0.56 em · 14.08 px = 47.309 px wide.

describe('Label', () => {
  test('writes its text at the scales’ pixel, starting there', () => {
    expect(markupInFrame(<Label x={5} y={50} text="61.5 mV per tenfold" />)).toBe(
      '<text class="mark-label muted" x="200" y="50" text-anchor="start" aria-hidden="true">' +
        '61.5 mV per tenfold</text>',
    );
  });

  test('sets subscripts lower and smaller', () => {
    expect(markupInFrame(<Label x={5} y={50} text="V_m" tone="series-1" />)).toBe(
      '<text class="mark-label series-1" x="200" y="50" text-anchor="start" aria-hidden="true">' +
        'V<tspan baseline-shift="sub" font-size="75%">m</tspan></text>',
    );
  });

  test('moves by its pixel offsets', () => {
    expect(markupInFrame(<Label x={5} y={50} text="abcdef" dx={6} dy={-4} />)).toContain(
      'x="206" y="46" text-anchor="start"',
    );
    expect(markupInFrame(<Label x={5} y={50} text="abcdef" anchor="end" dx={-6} />)).toContain(
      'x="194" y="50" text-anchor="end"',
    );
  });

  test('ends at its point instead where starting there would run past the plot', () => {
    // At 380 px: 380 + 47.309 > 420, and 380 − 47.309 ≥ −72.
    expect(markupInFrame(<Label x={9.5} y={50} text="abcdef" />)).toContain(
      'x="380" y="50" text-anchor="end"',
    );
  });

  test('slides a centred label inward from the edge until it fits', () => {
    // Centred on 400 px it would end at 423.654 > 420: its centre moves to 420 − 23.654.
    expect(markupInFrame(<Label x={10} y={50} text="abcdef" anchor="middle" />)).toContain(
      'x="396.346" y="50" text-anchor="middle"',
    );
    expect(markupInFrame(<Label x={5} y={50} text="abcdef" anchor="middle" />)).toContain(
      'x="200" y="50" text-anchor="middle"',
    );
  });
});
