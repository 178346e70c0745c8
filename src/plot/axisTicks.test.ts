import { describe, expect, test } from 'vitest';
import { axisTicks } from './axisTicks';
import { linearScale, logScale } from './scales';

describe('axisTicks', () => {
  test('asks the scale for as many ticks as there is room for, when that is fewer than wanted', () => {
    // room for 6 on [−150, 150]: a step of 50
    expect(axisTicks(linearScale([-150, 150], [0, 600]), 6, 6)).toEqual([
      -150, -100, -50, 0, 50, 100, 150,
    ]);
    // room for 3: a step of 100
    expect(axisTicks(linearScale([-150, 150], [0, 200]), 6, 3)).toEqual([-100, 0, 100]);
  });

  test('asks for more when the count it has room for gives one tick alone', () => {
    // 2 ticks on [−150, 150] is a step of 200, which leaves only 0; 3 gives a step of 100
    expect(axisTicks(linearScale([-150, 150], [0, 130]), 6, 2)).toEqual([-100, 0, 100]);
  });

  test('asks for no more than wanted', () => {
    // wanted 2: the one tick is what the axis asked for
    expect(axisTicks(linearScale([-150, 150], [0, 130]), 2, 2)).toEqual([0]);
  });

  test('passes a log scale its decades', () => {
    expect(axisTicks(logScale([1e-3, 1e3], [0, 300]), 6, 6)).toEqual([
      1e-3, 1e-2, 1e-1, 1, 10, 100, 1000,
    ]);
  });
});
