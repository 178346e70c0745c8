import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { SvgSubscripted } from './SvgSubscripted';

describe('SvgSubscripted', () => {
  test('lowers each subscript in a smaller tspan and keeps no underscore', () => {
    expect(renderToStaticMarkup(<SvgSubscripted text="V_m (mV)" />)).toBe(
      'V<tspan baseline-shift="sub" font-size="75%">m</tspan> (mV)',
    );
  });
});
