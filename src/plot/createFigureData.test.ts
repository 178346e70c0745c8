import { describe, expect, test } from 'vitest';
import { createFigureData } from './createFigureData';

describe('createFigureData', () => {
  test('keeps series in the order they were first registered when they update', () => {
    const data = createFigureData();
    data.setSeries('a', { name: 'first', points: [[0, 1]] });
    data.setSeries('b', { name: 'second', points: [[0, 2]] });
    data.setSeries('a', { name: 'first', points: [[0, 3]] });
    expect(data.snapshot().series).toEqual([
      { name: 'first', points: [[0, 3]] },
      { name: 'second', points: [[0, 2]] },
    ]);
  });

  test('forgets a removed series and a removed axis label', () => {
    const data = createFigureData();
    data.setSeries('a', { points: [[0, 1]] });
    data.setAxisLabel('x', 'time (ms)');
    data.setAxisLabel('y', 'V_m (mV)');
    data.removeSeries('a');
    data.removeAxisLabel('y');
    expect(data.snapshot()).toEqual({ x: 'time (ms)', series: [] });
  });

  test('gives a snapshot that later registrations do not change', () => {
    const data = createFigureData();
    data.setAxisLabel('x', 'time (ms)');
    const before = data.snapshot();
    data.setAxisLabel('x', 'time (s)');
    data.setSeries('a', { points: [[0, 1]] });
    expect(before).toEqual({ x: 'time (ms)', series: [] });
  });
});
