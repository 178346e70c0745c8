import { line } from 'd3-shape';
import { useSeries } from './FigureDataContext';
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
  // Coordinates to a tenth of a pixel: invisible, and a path string a third as long to
  // build and for the browser to parse on every step of a slider.
  const path = line<readonly [number, number]>()
    .digits(1)
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))(points);
  return (
    <path
      className={`mark-line ${tone}${dashed ? ' dashed' : ''}`}
      d={path ?? ''}
      clipPath={`url(#${clipId})`}
      aria-hidden="true"
      data-label={label}
    />
  );
}
