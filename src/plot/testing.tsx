// Test helpers shared by the plot primitives' tests: their markup as react-dom/server writes
// it, so that a change to a plot is caught without a browser. On the server a Figure draws at
// its initial 480 px width and 16 px type, and effects do not run (marks register their data
// for export in effects, so nothing is registered).
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PlotContext, type PlotFrame } from './PlotContext';
import { linearScale } from './scales';

/**
 * A drawing area 400 × 200 px inside the Figure's default margins, at 16 px type: x from 0
 * to 10 (40 px a unit, x(v) = 40·v), y from −100 at the bottom to 100 at the top (1 px a
 * unit, y(v) = 100 − v). Both domains are already round, so the scales keep them.
 */
export const TEST_FRAME: PlotFrame = {
  x: linearScale([0, 10], [0, 400]),
  y: linearScale([-100, 100], [200, 0]),
  width: 400,
  height: 200,
  clipId: 'clip',
  typeScale: 1,
  margin: { top: 22, right: 20, bottom: 48, left: 72 },
};

/**
 * `html` with every number in its attribute values rounded to thousandths: what floating
 * point adds (232.79999999999998 for 6 · 38.8) goes, so a value worked out by hand compares
 * equal, while what the code writes on purpose (0.32em, 0.744rem, a path's tenths of a pixel)
 * stays as written. Text is left alone: it is what the reader sees.
 */
export function roundedNumbers(html: string): string {
  return html.replace(/="[^"]*"/g, (value) =>
    value.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g, (number) =>
      // Adding 0 turns the −0 of a small negative number rounded to zero into 0.
      String(Number(Number(number).toFixed(3)) + 0),
    ),
  );
}

/** The static markup of `node` (a Figure, a Legend), its numbers rounded to thousandths. */
export function markup(node: ReactNode): string {
  return roundedNumbers(renderToStaticMarkup(node));
}

/**
 * The static markup of a mark drawn in TEST_FRAME, or in it with the fields of `frame`
 * changed, its numbers rounded to thousandths: the mark alone, without its Figure.
 */
export function markupInFrame(mark: ReactNode, frame: Partial<PlotFrame> = {}): string {
  return markup(
    <PlotContext.Provider value={{ ...TEST_FRAME, ...frame }}>{mark}</PlotContext.Provider>,
  );
}

/**
 * The attributes and text (its tags left out) of each `tag` element in `html`, in document
 * order; for elements that hold no element of their own kind (a <text>, a <path>, an <svg>).
 */
export function elements(
  html: string,
  tag: string,
): { attributes: Record<string, string>; text: string }[] {
  const pattern = new RegExp(`<${tag}((?:\\s[^>]*)?)>(?:(.*?)</${tag}>)?`, 'g');
  return [...html.matchAll(pattern)].map(([, attributes = '', inner = '']) => ({
    attributes: Object.fromEntries(
      [...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]),
    ),
    text: inner.replace(/<[^>]*>/g, ''),
  }));
}
