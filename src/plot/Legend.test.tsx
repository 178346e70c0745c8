import { describe, expect, test } from 'vitest';
import { Legend } from './Legend';
import { markup } from './testing';

describe('Legend', () => {
  test('lists each series with a sample of its line, in the order given', () => {
    expect(
      markup(
        <Legend
          entries={[
            { label: 'E_K', tone: 'series-1' },
            { label: 'GHK', tone: 'series-2', dashed: true },
          ]}
        />,
      ),
    ).toBe(
      '<ul class="legend" aria-label="Legend">' +
        '<li><svg width="28" height="12" aria-hidden="true">' +
        '<line class="mark-line series-1" x1="2" x2="26" y1="6" y2="6"></line></svg>' +
        'E<sub><span class="subscript-mark">_</span>K</sub></li>' +
        '<li><svg width="28" height="12" aria-hidden="true">' +
        '<line class="mark-line series-2 dashed" x1="2" x2="26" y1="6" y2="6"></line></svg>' +
        'GHK</li></ul>',
    );
  });
});
