import { useSeries } from './FigureDataContext';
import { usePlot } from './PlotContext';

type PointProps = {
  x: number;
  y: number;
  tone?: string;
  /** text drawn beside the point */
  label?: string;
  /** where the label sits relative to the point */
  labelSide?: 'left' | 'right';
  /** the label under the point rather than above it (where curves leave room) */
  labelBelow?: boolean;
};

/** A marked point, such as the current state on a curve. */
export function Point({
  x: xValue,
  y: yValue,
  tone = 'series-1',
  label,
  labelSide = 'right',
  labelBelow = false,
}: PointProps) {
  const { x, y, width } = usePlot();
  useSeries(label, [[xValue, yValue]]);
  const px = x(xValue);
  const py = y(yValue);
  const side = labelSide === 'right' && px > width - 120 ? 'left' : labelSide;
  return (
    <g className={`mark-point ${tone}`} transform={`translate(${px},${py})`} aria-hidden="true">
      <circle r={6} />
      {label && (
        <text
          x={side === 'right' ? 10 : -10}
          dy={labelBelow ? '1.4em' : '-0.6em'}
          textAnchor={side === 'right' ? 'start' : 'end'}
        >
          {label}
        </text>
      )}
    </g>
  );
}
