import { useSeries } from './FigureDataContext';
import { linePath } from './linePath';
import { usePlot } from './PlotContext';

type LineProps = {
  /** [x, y] pairs in data units; points with a non-finite y break the line */
  points: readonly (readonly [number, number])[];
  /** a series class from the theme: 'series-1' … 'series-5', 'muted' */
  tone?: string;
  dashed?: boolean;
  /** the series' name (also its name in the plot's CSV) */
  label?: string;
};

/** A polyline through data points. */
export function Line({ points, tone = 'series-1', dashed = false, label }: LineProps) {
  const { x, y } = usePlot();
  useSeries(label, points);
  const path = linePath(
    points,
    (p) => Number.isFinite(p[1]),
    (p) => x(p[0]),
    (p) => y(p[1]),
  );
  return (
    <path
      className={`mark-line ${tone}${dashed ? ' dashed' : ''}`}
      d={path}
      aria-hidden="true"
      data-label={label}
    />
  );
}
