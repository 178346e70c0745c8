import { describe, expect, test } from 'vitest';
import { PlotDescription } from './PlotDescription';
import { markup } from './testing';

describe('PlotDescription', () => {
  test('shows the sentence as a caption and announces it, as written, beside it', () => {
    // On the first render the settled value is the sentence itself.
    expect(markup(<PlotDescription id="d" text="V_m is −70 mV." />)).toBe(
      '<figcaption class="plot-description" id="d">' +
        'V<sub><span class="subscript-mark">_</span>m</sub> is −70 mV.</figcaption>' +
        '<span class="visually-hidden" aria-live="polite">V_m is −70 mV.</span>',
    );
  });
});
