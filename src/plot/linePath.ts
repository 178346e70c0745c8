// The SVG path of a polyline. d3-shape's line() would write the same path, but the
// package is one module that cannot be tree-shaken: it brought about 3 kB gzip of curves,
// arcs and symbols to every page with a plot (measured with `npm run bench`).

/** A coordinate to a tenth of a pixel: invisible, and a path string a third as long. */
function tenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The path through the points for which `defined` holds, in pixels given by `x` and `y`:
 * straight segments, a new subpath after every point that is not defined, and a lone
 * point closed on itself ("M x,y Z"), as d3-shape's line().digits(1) writes it.
 */
export function linePath<T>(
  points: readonly T[],
  defined: (point: T) => boolean,
  x: (point: T) => number,
  y: (point: T) => number,
): string {
  let path = '';
  let run = 0;
  for (const point of points) {
    if (!defined(point)) {
      if (run === 1) path += 'Z';
      run = 0;
      continue;
    }
    path += `${run === 0 ? 'M' : 'L'}${tenth(x(point))},${tenth(y(point))}`;
    run++;
  }
  return run === 1 ? `${path}Z` : path;
}
