import { useSeries } from './FigureDataContext';
import { linePath } from './linePath';
import { usePlot } from './PlotContext';

type LineProps = {
  /** [x, y] pairs in data units; points with a non-finite y break the line */
  points: readonly (readonly [number, number])[];
  /** a series class from the theme: 'series-1' … 'series-5', 'muted' */
  tone?: string;
  dashed?: boolean;
  /** the series' name in the plot's CSV, as the legend names it */
  label: string;
};

/** A polyline through data points. */
export function Line({ points, tone = 'series-1', dashed = false, label }: LineProps) {
  const { x, y, clipId } = usePlot();
  useSeries(label, points);
  return (
    <path
      className={`mark-line ${tone}${dashed ? ' dashed' : ''}`}
      d={linePath(points, x, y)}
      clipPath={`url(#${clipId})`}
      aria-hidden="true"
      data-label={label}
    />
  );
}
