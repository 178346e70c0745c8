import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PlotKey } from './PlotKey';

describe('PlotKey', () => {
  test('sets each subscript in <sub> without its underscore, as the notes were written in JSX', () => {
    expect(renderToStaticMarkup(<PlotKey text="P_K/P_Na = 1000, γ_in and γ_out." />)).toBe(
      '<p class="plot-key">P<sub>K</sub>/P<sub>Na</sub> = 1000, γ<sub>in</sub> and γ<sub>out</sub>.</p>',
    );
  });

  test('leaves a note without subscripts as its text', () => {
    expect(renderToStaticMarkup(<PlotKey text="Solid: z = +1." />)).toBe(
      '<p class="plot-key">Solid: z = +1.</p>',
    );
  });
});
