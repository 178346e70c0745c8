import { useSeries } from './FigureDataContext';
import { usePlot } from './PlotContext';

type BandProps = {
  /** shade between two x values, or … */
  x?: readonly [number, number];
  /** … between two y values */
  y?: readonly [number, number];
  tone?: string;
  label?: string;
};

/** A shaded band, e.g. a range where a model is not trustworthy. */
export function Band({ x: xs, y: ys, tone = 'muted', label }: BandProps) {
  const { x, y, width, height } = usePlot();
  // A band's data are its two opposite corners; a side not given spans the axis's domain.
  const [dx0, dx1] = xs ?? (x.domain() as [number, number]);
  const [dy0, dy1] = ys ?? (y.domain() as [number, number]);
  useSeries(label, [
    [dx0, dy0],
    [dx1, dy1],
  ]);
  const [x0, x1] = xs ? [x(xs[0]), x(xs[1])] : [0, width];
  const [y0, y1] = ys ? [y(ys[0]), y(ys[1])] : [0, height];
  const left = Math.min(x0, x1);
  const top = Math.min(y0, y1);
  return (
    <g className={`mark-band ${tone}`} aria-hidden="true">
      <rect x={left} y={top} width={Math.abs(x1 - x0)} height={Math.abs(y1 - y0)} />
      {label && (
        <text x={left + 6} y={top + 16}>
          {label}
        </text>
      )}
    </g>
  );
}
