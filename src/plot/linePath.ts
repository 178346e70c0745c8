import { pathRound } from 'd3-path';
import type { PositionScale } from './PlotContext';

// d3-shape's line() draws the same path, but its module brings every curve and symbol
// (2.1 kB of the widgets chunk's 11.9 kB gzip, as `npm run build` reports it): Rolldown cannot
// drop the curves' top-level code. A polyline only needs d3-path, which d3-shape uses too.

/**
 * The SVG path data of a polyline through `points`, mapped to pixels by `x` and `y`, with
 * coordinates to a tenth of a pixel: invisible, and a path string a third as long to
 * build and for the browser to parse on every step of a slider. A point whose y is not
 * finite breaks the line; a run of a single point is closed (M then Z), so its round cap
 * shows it as a dot, as d3-shape's line() does.
 */
export function linePath(
  points: readonly (readonly [number, number])[],
  x: PositionScale,
  y: PositionScale,
): string {
  const path = pathRound(1);
  let runLength = 0;
  for (const [px, py] of points) {
    if (!Number.isFinite(py)) {
      if (runLength === 1) path.closePath();
      runLength = 0;
      continue;
    }
    if (runLength === 0) path.moveTo(x(px), y(py));
    else path.lineTo(x(px), y(py));
    runLength += 1;
  }
  if (runLength === 1) path.closePath();
  return path.toString();
}
