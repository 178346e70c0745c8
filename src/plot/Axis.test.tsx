import { describe, expect, test } from 'vitest';
import { Axis } from './Axis';
import { linearScale } from './scales';
import { elements, markupInFrame } from './testing';

// In TEST_FRAME: x 0…10 over 400 px (40 px a unit), y −100…100 over 200 px (y(v) = 100 − v).

/**
 * Each tick of an axis as [its position along the axis in px, its label]: the coordinate of
 * its group's translate that is not 0 (x along the bottom, y along the left).
 */
function ticks(html: string): [number, string][] {
  return [...html.matchAll(/<g transform="translate\(([^,]+),([^)]+)\)">.*?<\/g>/g)].map(
    ([tick, x, y]) => {
      const [label] = elements(tick, 'text');
      return [Number(x) || Number(y), label!.text];
    },
  );
}

/** The attributes of an axis's label (its last <text>). */
function axisLabel(html: string): Record<string, string> {
  return elements(html, 'text').at(-1)!.attributes;
}

describe('Axis along the bottom', () => {
  test('puts a tick under each round value of the domain, at the scale’s pixel', () => {
    // 400 px has room for ⌊400/64⌋ = 6 labels; 10/6 ≈ 1.7 rounds to a step of 2.
    const html = markupInFrame(<Axis orient="bottom" label="t (ms)" format={String} />);
    expect(ticks(html)).toEqual([
      [0, '0'],
      [80, '2'],
      [160, '4'],
      [240, '6'],
      [320, '8'],
      [400, '10'],
    ]);
  });

  test('is drawn at the foot of the drawing area, its label centred under it', () => {
    const html = markupInFrame(<Axis orient="bottom" label="t (ms)" format={String} />);
    expect(elements(html, 'g')[0]!.attributes).toEqual({
      class: 'axis axis-bottom',
      transform: 'translate(0,200)',
      'aria-hidden': 'true',
    });
    expect(elements(html, 'line')[0]!.attributes).toEqual({
      class: 'axis-line',
      x1: '0',
      x2: '400',
    });
    expect(axisLabel(html)).toEqual({
      class: 'axis-label',
      x: '200',
      y: '42',
      'text-anchor': 'middle',
      'data-label': 't (ms)',
    });
  });

  test('draws a tick as a 6 px line with its label 20 px below the axis, and grid lines on request', () => {
    const html = markupInFrame(<Axis orient="bottom" label="x" format={String} ticks={[5]} grid />);
    expect(html).toContain(
      '<g transform="translate(200,0)"><line class="grid" y1="-200" y2="0"></line>' +
        '<line class="tick" y2="6"></line><text y="20" text-anchor="middle">5</text></g>',
    );
    expect(markupInFrame(<Axis orient="bottom" label="x" format={String} />)).not.toContain('grid');
  });

  test('writes each tick value as its format says', () => {
    const html = markupInFrame(
      <Axis orient="bottom" label="x" format={(v) => `${v.toFixed(1)} s`} ticks={[0, 2.5]} />,
    );
    expect(ticks(html)).toEqual([
      [0, '0.0 s'],
      [100, '2.5 s'],
    ]);
  });

  test('asks for fewer ticks on a narrow plot', () => {
    // 200 px has room for ⌊200/64⌋ = 3 labels; 10/3 ≈ 3.3 rounds to a step of 5.
    const html = markupInFrame(<Axis orient="bottom" label="x" format={String} />, {
      x: linearScale([0, 10], [0, 200]),
      width: 200,
    });
    expect(ticks(html)).toEqual([
      [0, '0'],
      [100, '5'],
      [200, '10'],
    ]);
  });

  test('gives each tick label 64 px, times the type scale', () => {
    // 0…10 asked for 4 ticks gets a step of 2, asked for 3 a step of 5. 256 px hold four
    // labels of 64 px, 255 px three; in the projector theme's 22 px type (88 px a label),
    // 352 px hold four, 351 px three.
    const tickLabels = (width: number, typeScale = 1) =>
      ticks(
        markupInFrame(<Axis orient="bottom" label="x" format={String} />, {
          x: linearScale([0, 10], [0, width]),
          width,
          typeScale,
        }),
      ).map(([, label]) => label);
    const stepOf2 = ['0', '2', '4', '6', '8', '10'];
    const stepOf5 = ['0', '5', '10'];
    expect(tickLabels(256)).toEqual(stepOf2);
    expect(tickLabels(255)).toEqual(stepOf5);
    expect(tickLabels(352, 1.375)).toEqual(stepOf2);
    expect(tickLabels(351, 1.375)).toEqual(stepOf5);
  });

  test('keeps two ticks at least where the room would leave one', () => {
    // 100 px has room for one label: asked for 2, −150…150 gets a step of 200 and 0 alone;
    // asked for 3, a step of 100.
    const html = markupInFrame(<Axis orient="bottom" label="V" format={String} />, {
      x: linearScale([-150, 150], [0, 100]),
      width: 100,
    });
    expect(ticks(html).map(([, label]) => label)).toEqual(['-100', '0', '100']);
  });

  test('raises a label with a subscript by a quarter of its size, and sets the subscript', () => {
    // 42 − 0.25 · 0.85 · 16 = 38.6
    const html = markupInFrame(<Axis orient="bottom" label="V_m (mV)" format={String} />);
    expect(axisLabel(html).y).toBe('38.6');
    expect(html).toContain(
      'data-label="V_m (mV)">V<tspan baseline-shift="sub" font-size="75%">m</tspan> (mV)</text>',
    );
  });

  test('sets a label longer than its axis smaller, to fit, but no smaller than 0.65rem', () => {
    // 60 lower-case letters at 0.85rem: 60 · 0.56 · 13.6 = 456.96 px on a 400 px axis, so
    // 0.85 · 400 / 456.96 = 0.744rem. 200 letters would need 0.223rem.
    const fitted = markupInFrame(<Axis orient="bottom" label={'a'.repeat(60)} format={String} />);
    expect(axisLabel(fitted).style).toBe('font-size:0.744rem');
    const floored = markupInFrame(<Axis orient="bottom" label={'a'.repeat(200)} format={String} />);
    expect(axisLabel(floored).style).toBe('font-size:0.65rem');
    // 50 letters, 380.8 px, fit as they are.
    const fitting = markupInFrame(<Axis orient="bottom" label={'a'.repeat(50)} format={String} />);
    expect(axisLabel(fitting).style).toBeUndefined();
  });

  test('sets given tick labels that would touch smaller, and leaves those that fit alone', () => {
    // "Na" and "Cl" at 0.8rem are 1.21 · 12.8 = 15.488 px wide. At 160 and 178 px they have
    // 18 − 4 = 14 px between their centres: 0.8 · 14 / 15.488 = 0.723rem.
    const close = markupInFrame(
      <Axis
        orient="bottom"
        label="ion"
        format={(v) => (v === 4 ? 'Na' : 'Cl')}
        ticks={[4, 4.45]}
      />,
    );
    const closeTicks = elements(close, 'text').slice(0, -1);
    expect(closeTicks.map((tick) => tick.attributes.style)).toEqual([
      'font-size:0.723rem',
      'font-size:0.723rem',
    ]);
    // At 160 and 200 px they have 36 px: no change.
    const apart = markupInFrame(
      <Axis orient="bottom" label="ion" format={(v) => (v === 4 ? 'Na' : 'Cl')} ticks={[4, 5]} />,
    );
    expect(apart).not.toContain('style');
  });

  test('moves its text away from the axis as the type grows (projector theme, 22 px)', () => {
    // typeScale 22/16 = 1.375: tick labels at 20 · 1.375 = 27.5 px, the label at 42 · 1.375.
    const html = markupInFrame(<Axis orient="bottom" label="x" format={String} ticks={[5]} />, {
      typeScale: 1.375,
    });
    expect(elements(html, 'text').map((text) => text.attributes.y)).toEqual(['27.5', '57.75']);
  });
});

describe('Axis along the left', () => {
  test('puts a tick beside each round value of the domain, at the scale’s pixel', () => {
    // 200 px has room for ⌊200/32⌋ = 6 labels; 200/6 ≈ 33 rounds to a step of 50.
    const html = markupInFrame(<Axis orient="left" label="V (mV)" format={String} />);
    expect(ticks(html)).toEqual([
      [200, '-100'],
      [150, '-50'],
      [100, '0'],
      [50, '50'],
      [0, '100'],
    ]);
  });

  test('gives each tick label 32 px of height', () => {
    // −100…100 asked for 3 ticks gets a step of 50, asked for 2 a step of 100: 96 px hold
    // three labels of 32 px, 95 px two.
    const tickLabels = (height: number) =>
      ticks(
        markupInFrame(<Axis orient="left" label="y" format={String} />, {
          y: linearScale([-100, 100], [height, 0]),
          height,
        }),
      ).map(([, label]) => label);
    expect(tickLabels(96)).toEqual(['-100', '-50', '0', '50', '100']);
    expect(tickLabels(95)).toEqual(['-100', '0', '100']);
  });

  test('draws a tick as a 6 px line left of the axis, its label 10 px left, grid lines across', () => {
    const html = markupInFrame(<Axis orient="left" label="y" format={String} ticks={[30]} grid />);
    expect(elements(html, 'g')[0]!.attributes).toEqual({
      class: 'axis axis-left',
      'aria-hidden': 'true',
    });
    expect(html).toContain(
      '<g transform="translate(0,70)"><line class="grid" x1="0" x2="400"></line>' +
        '<line class="tick" x2="-6"></line>' +
        '<text x="-10" dy="0.32em" text-anchor="end">30</text></g>',
    );
  });

  test('turns its label up the axis, clear of the widest tick label', () => {
    // "-100" at 0.8rem: 4 · 0.65 · 12.8 = 33.28 px, and a gap of 0.5 · 0.85 · 16 = 6.8 px.
    const html = markupInFrame(<Axis orient="left" label="V_m (mV)" format={String} />);
    expect(axisLabel(html)).toEqual({
      class: 'axis-label',
      transform: 'translate(-10,100) rotate(-90)',
      dy: '-40.08',
      'text-anchor': 'middle',
      'data-label': 'V_m (mV)',
    });
  });

  test('sets a label longer than its axis smaller, to fit', () => {
    // 30 lower-case letters at 0.85rem: 228.48 px on a 200 px axis: 0.85 · 200 / 228.48.
    const html = markupInFrame(<Axis orient="left" label={'a'.repeat(30)} format={String} />);
    expect(axisLabel(html).style).toBe('font-size:0.744rem');
  });
});
