import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Subscripted } from './Subscripted';

describe('Subscripted', () => {
  test('sets each subscript in <sub>, after an underscore that keeps the text as written', () => {
    expect(renderToStaticMarkup(<Subscripted text="E_K − V_m" />)).toBe(
      'E<sub><span class="subscript-mark">_</span>K</sub> − V<sub><span class="subscript-mark">_</span>m</sub>',
    );
  });

  test('leaves a label without subscripts as its text', () => {
    expect(renderToStaticMarkup(<Subscripted text="Cavity radius" />)).toBe('Cavity radius');
  });
});
