import { describe, expect, test } from 'vitest';
import { placeLabel } from './placeLabel';

// A drawing area 300 px wide in an SVG with no margins: the box runs from 0 to 300.
const box = { left: 0, right: 300 };

describe('placeLabel', () => {
  test('counts the margins as room: a label left of a mark near the axis goes into them', () => {
    // 40 − 10 − 80 = −50, inside a box that starts 72 px left of the drawing area
    expect(
      placeLabel({ at: 40, gap: 10, textWidth: 80, left: -72, right: 320, prefer: 'left' }),
    ).toEqual({ x: 30, anchor: 'end' });
  });

  test('puts a label on the side it prefers when it fits there', () => {
    expect(placeLabel({ at: 100, gap: 10, textWidth: 80, ...box, prefer: 'right' })).toEqual({
      x: 110,
      anchor: 'start',
    });
    expect(placeLabel({ at: 100, gap: 10, textWidth: 80, ...box, prefer: 'left' })).toEqual({
      x: 90,
      anchor: 'end',
    });
  });

  test('moves it to the other side when its own would run past the edge', () => {
    // right: 250 + 10 + 80 = 340 > 300; left: 250 − 10 − 80 = 160 ≥ 0
    expect(placeLabel({ at: 250, gap: 10, textWidth: 80, ...box, prefer: 'right' })).toEqual({
      x: 240,
      anchor: 'end',
    });
    // left: 40 − 10 − 80 < 0; right: 40 + 10 + 80 = 130 ≤ 300
    expect(placeLabel({ at: 40, gap: 10, textWidth: 80, ...box, prefer: 'left' })).toEqual({
      x: 50,
      anchor: 'start',
    });
  });

  test('keeps a label too wide for either side as far inside as it goes', () => {
    // 200 px of text beside a mark at 150: neither 150 + 4 + 200 nor 150 − 4 − 200 fits
    expect(placeLabel({ at: 150, gap: 4, textWidth: 200, ...box, prefer: 'right' })).toEqual({
      x: 100,
      anchor: 'start',
    });
    // wider than the plot: it starts at the left edge
    expect(placeLabel({ at: 150, gap: 4, textWidth: 400, ...box, prefer: 'left' })).toEqual({
      x: 0,
      anchor: 'start',
    });
  });

  test('slides a centred label inward until it fits', () => {
    expect(placeLabel({ at: 20, gap: 0, textWidth: 100, ...box, prefer: 'centre' })).toEqual({
      x: 50,
      anchor: 'middle',
    });
    expect(placeLabel({ at: 290, gap: 0, textWidth: 100, ...box, prefer: 'centre' })).toEqual({
      x: 250,
      anchor: 'middle',
    });
    expect(placeLabel({ at: 150, gap: 0, textWidth: 100, ...box, prefer: 'centre' })).toEqual({
      x: 150,
      anchor: 'middle',
    });
  });
});
