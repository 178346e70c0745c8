import { describe, expect, test } from 'vitest';
import { placeLabel, placePointLabel } from './placeLabel';

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

// A 300 × 200 drawing area with a 72 px left margin, 16 px type. "AAAA" is estimated at
// 4 × 0.65 em of 0.88 rem: 36.6 px. Its 12.8 px type needs 1.35 em (17.3 px) above the
// point and 1.65 em (21.1 px) below it.
const frame = {
  width: 300,
  height: 200,
  margin: { top: 20, right: 0, bottom: 40, left: 72 },
  typeScale: 1,
};
const point = { text: 'AAAA', gap: 10 };
const onSlope = { ...point, flip: 'diagonal' as const };

describe('placePointLabel', () => {
  test('puts the label on the side and vertical asked for when both stay in the drawing area', () => {
    expect(
      placePointLabel(frame, { ...onSlope, x: 100, y: 100, prefer: 'left', below: false }),
    ).toEqual({ x: 90, anchor: 'end', below: false });
    expect(
      placePointLabel(frame, { ...onSlope, x: 100, y: 100, prefer: 'right', below: true }),
    ).toEqual({ x: 110, anchor: 'start', below: true });
  });

  test('moves a label that would reach into the axis margin to the other side, at the same height', () => {
    // left: 30 − 10 − 36.6 < 0 (though the 72 px margin would hold it); right has room
    expect(
      placePointLabel(frame, {
        ...point,
        flip: 'side',
        x: 30,
        y: 100,
        prefer: 'left',
        below: false,
      }),
    ).toEqual({ x: 40, anchor: 'start', below: false });
  });

  test('moves the label of a point on a sloping line across the point, diagonally', () => {
    // left: 30 − 10 − 36.6 < 0 (though the 72 px margin would hold it); right has room
    expect(
      placePointLabel(frame, { ...onSlope, x: 30, y: 100, prefer: 'left', below: false }),
    ).toEqual({ x: 40, anchor: 'start', below: true });
    // right: 280 + 10 + 36.6 > 300; the label goes to the left and above
    expect(
      placePointLabel(frame, { ...onSlope, x: 280, y: 100, prefer: 'right', below: true }),
    ).toEqual({ x: 270, anchor: 'end', below: false });
  });

  test('keeps the vertical asked for when the other has no room', () => {
    // below a point at 190 the label would end at 211 > 200
    expect(
      placePointLabel(frame, { ...onSlope, x: 30, y: 190, prefer: 'left', below: false }),
    ).toEqual({ x: 40, anchor: 'start', below: false });
    // above a point at 10 it would start at −7.3
    expect(
      placePointLabel(frame, { ...onSlope, x: 280, y: 10, prefer: 'right', below: true }),
    ).toEqual({ x: 270, anchor: 'end', below: true });
  });

  test('counts the margins as room when the drawing area has none on either side', () => {
    // 'A' × 20 is 183 px: 150 ± (10 + 183) leaves the area both ways; left ends at −43 ≥ −72
    expect(
      placePointLabel(frame, {
        text: 'A'.repeat(20),
        gap: 10,
        x: 150,
        y: 100,
        prefer: 'right',
        below: false,
        flip: 'diagonal',
      }),
    ).toEqual({ x: 140, anchor: 'end', below: false });
  });
});
