import { placePointLabel } from './placeLabel';
import { useSeries } from './FigureDataContext';
import { usePlot } from './PlotContext';
import { SvgSubscripted } from './SvgSubscripted';

type PointProps = {
  x: number;
  y: number;
  tone?: string;
  /** the label below the point rather than above it (where curves leave room) */
  labelBelow?: boolean;
  /** where the label sits relative to the point */
  labelSide?: 'left' | 'right';
} & (
  | {
      /** text drawn beside the point, and its name in the plot's CSV */
      label: string;
      /** a name in the CSV other than the label */
      name?: string;
    }
  | {
      label?: undefined;
      /** the point's name in the plot's CSV, for a point drawn without a label */
      name: string;
    }
);

/** A marked point, such as the current state on a curve. */
export function Point({
  x: xValue,
  y: yValue,
  tone = 'series-1',
  label,
  labelSide = 'right',
  labelBelow = false,
  name,
}: PointProps) {
  const frame = usePlot();
  const { x, y } = frame;
  useSeries(name ?? label, [[xValue, yValue]]);
  const px = x(xValue);
  const py = y(yValue);
  // On the side asked for, or across the point where that would leave the drawing area.
  const place =
    label &&
    placePointLabel(frame, {
      text: label,
      x: px,
      y: py,
      gap: 10,
      prefer: labelSide,
      below: labelBelow,
    });
  return (
    <g className={`mark-point ${tone}`} transform={`translate(${px},${py})`} aria-hidden="true">
      <circle r={6} />
      {place && (
        <text x={place.x - px} dy={place.below ? '1.4em' : '-0.6em'} textAnchor={place.anchor}>
          <SvgSubscripted text={label} />
        </text>
      )}
    </g>
  );
}
