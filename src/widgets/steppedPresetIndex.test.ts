import { describe, expect, it } from 'vitest';
import { steppedPresetIndex } from './steppedPresetIndex';

describe('steppedPresetIndex', () => {
  it('starts at the first preset going forward and the last going back when none is active', () => {
    expect(steppedPresetIndex(-1, 1, 4)).toBe(0);
    expect(steppedPresetIndex(-1, -1, 4)).toBe(3);
  });

  it('wraps around at both ends', () => {
    expect(steppedPresetIndex(3, 1, 4)).toBe(0);
    expect(steppedPresetIndex(0, -1, 4)).toBe(3);
    expect(steppedPresetIndex(1, 1, 4)).toBe(2);
  });

  it('throws a RangeError naming count when there are no presets', () => {
    expect(() => steppedPresetIndex(-1, 1, 0)).toThrow(/count/);
  });
});
