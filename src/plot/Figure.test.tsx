import { describe, expect, test } from 'vitest';
import { Figure } from './Figure';
import { Line } from './Line';
import { linearScale, logScale } from './scales';
import { elements, markup } from './testing';

// On the server a Figure is 480 px wide at 16 px type. With the default margins (top 22,
// right 20, bottom 48, left 72) and height 280, its drawing area is 480 − 72 − 20 = 388 px
// by 280 − 22 − 48 = 210 px.
const scales = (width: number, height: number) => ({
  x: linearScale([0, 10], [0, width]),
  y: linearScale([0, 1], [height, 0]),
});

/** The attributes of the first `tag` element of `html`. */
function first(html: string, tag: string): Record<string, string> {
  const [element] = elements(html, tag);
  if (!element) throw new Error(`no <${tag}> in ${html}`);
  return element.attributes;
}

describe('Figure', () => {
  test('draws at 480 px wide and its height, the drawing area inside the default margins', () => {
    const html = markup(
      <Figure title="t" description="d" scales={scales}>
        {null}
      </Figure>,
    );
    expect(first(html, 'svg')).toMatchObject({ width: '480', height: '280' });
    expect(first(html, 'g').transform).toBe('translate(72,22)');
    // The clip runs 3 px past each edge, half the thickest line: 388 + 6 by 210 + 6.
    expect(first(html, 'rect')).toEqual({ x: '-3', y: '-3', width: '394', height: '216' });
  });

  test('builds its scales for the drawing area, inside the margins', () => {
    const sizes: [number, number][] = [];
    const recording = (width: number, height: number) => {
      sizes.push([width, height]);
      return scales(width, height);
    };
    markup(
      <Figure title="t" description="d" scales={recording}>
        {null}
      </Figure>,
    );
    markup(
      <Figure title="t" description="d" height={200} margin={{ left: 50 }} scales={recording}>
        {null}
      </Figure>,
    );
    // A margin given replaces that side only: 480 − 50 − 20 = 410 by 200 − 22 − 48 = 130.
    expect(sizes).toEqual([
      [388, 210],
      [410, 130],
    ]);
  });

  test('keeps a drawing area at least 40 px tall however short the figure', () => {
    // 100 − 22 − 48 = 30 px would be left: the clip is 40 + 6 px tall instead.
    const html = markup(
      <Figure title="t" description="d" height={100} scales={scales}>
        {null}
      </Figure>,
    );
    expect(first(html, 'svg').height).toBe('100');
    expect(first(html, 'rect').height).toBe('46');
  });

  test('gives its marks the scales it built: a line on a log axis at hand-worked pixels', () => {
    // x: 0…10 → 0…388 px, 38.8 px a unit; y: 1…1000 → 210…0 px, 70 px a decade, so
    // y(2) = 210 − 70·log₁₀2 = 188.93, drawn to a tenth of a pixel as 188.9.
    const html = markup(
      <Figure
        title="t"
        description="d"
        scales={(width, height) => ({
          x: linearScale([0, 10], [0, width]),
          y: logScale([1, 1000], [height, 0]),
        })}
      >
        <Line
          label="I"
          points={[
            [0, 1],
            [2.5, 10],
            [5, 100],
            [10, 1000],
            [7.5, 2],
          ]}
        />
      </Figure>,
    );
    expect(first(html, 'path').d).toBe('M0,210L97,140L194,70L388,0L291,188.9');
  });

  test('clips its lines to the drawing area by the id of its own clip path', () => {
    const html = markup(
      <Figure title="t" description="d" scales={scales}>
        <Line label="a" points={[[0, 0]]} />
      </Figure>,
    );
    const clipId = first(html, 'clipPath').id;
    expect(clipId).toMatch(/^plot-clip-[\w-]+$/);
    expect(first(html, 'path')['clip-path']).toBe(`url(#${clipId})`);
  });

  test('gives two figures on a page different clip paths', () => {
    const html = markup(
      <>
        <Figure title="a" description="d" scales={scales}>
          {null}
        </Figure>
        <Figure title="b" description="d" scales={scales}>
          {null}
        </Figure>
      </>,
    );
    const [a, b] = elements(html, 'clipPath').map((clip) => clip.attributes.id);
    expect(a).not.toBe(b);
  });

  test('is a figure named by its title, its drawing an image described by the caption', () => {
    const html = markup(
      <Figure title="E_K against ratio" description="E_K is −90 mV." scales={scales}>
        {null}
      </Figure>,
    );
    const titleId = first(html, 'title').id;
    expect(elements(html, 'title')[0]!.text).toBe('E_K against ratio');
    expect(first(html, 'figure')).toEqual({ class: 'plot', 'aria-labelledby': titleId });
    const svg = first(html, 'svg');
    expect(svg).toMatchObject({ role: 'img', 'aria-labelledby': titleId });
    const [caption] = elements(html, 'figcaption');
    expect(caption!.attributes).toEqual({
      class: 'plot-description',
      id: svg['aria-describedby'],
    });
    // Shown with a subscript; the underscore stays, hidden, for the accessible text.
    expect(caption!.text).toBe('E_K is −90 mV.');
    expect(html).toContain('E<sub><span class="subscript-mark">_</span>K</sub> is −90 mV.');
  });

  test('draws its marks in the svg, and its caption and buttons outside it', () => {
    const html = markup(
      <Figure title="Current" description="d" scales={scales}>
        <Line label="a" points={[[0, 0]]} />
      </Figure>,
    );
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<figcaption');
    expect(svg).not.toContain('<button');
  });

  test('has buttons under it that name the plot they save', () => {
    const html = markup(
      <Figure title="Current" description="d" scales={scales}>
        {null}
      </Figure>,
    );
    expect(elements(html, 'button').map((button) => button.text)).toEqual([
      'Download SVG of Current',
      'Download PNG of Current',
      'Download CSV of the data of Current',
    ]);
  });

  test('refuses a mark drawn outside a Figure', () => {
    expect(() => markup(<Line label="a" points={[]} />)).toThrow(
      'A plot mark must be drawn inside a <Figure>.',
    );
  });
});
