import { describe, expect, it } from 'vitest';
import { fittedHeight } from './fittedHeight';

describe('fittedHeight', () => {
  it('keeps the designed height when nothing asks the plot to fit', () => {
    expect(fittedHeight(413, null)).toBe(413);
  });

  it('keeps the designed height when the first screen has room for it', () => {
    expect(fittedHeight(413, 413)).toBe(413);
    expect(fittedHeight(413, 900)).toBe(413);
  });

  it('shrinks to the room left on the first screen, in whole pixels', () => {
    // 800 px screen, plot top at 474 px: 326 px of room.
    expect(fittedHeight(413, 326)).toBe(326);
    expect(fittedHeight(413, 350.6)).toBe(350);
  });

  it('shrinks to 70 % of its height and no further', () => {
    expect(fittedHeight(400, 280)).toBe(280);
    expect(fittedHeight(400, 279.5)).toBe(400);
  });

  it('keeps its height when it starts too low on the screen, or below it', () => {
    expect(fittedHeight(261, 164)).toBe(261);
    expect(fittedHeight(261, -500)).toBe(261);
  });
});
