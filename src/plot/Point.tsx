import { placePointLabel } from './placeLabel';
import { useSeries } from './FigureDataContext';
import { usePlot } from './PlotContext';
import { SvgSubscripted } from './SvgSubscripted';

type PointProps = {
  x: number;
  y: number;
  tone?: string;
  /** where the label sits relative to the point */
  labelSide?: 'left' | 'right';
} & (
  | {
      /** the label below the point rather than above it (where curves leave room) */
      labelBelow?: boolean;
      on?: undefined;
    }
  | {
      /**
       * The point lies on a line that rises (or falls) through it on screen. The label then
       * keeps to the two quadrants the line leaves free: beside the point on labelSide,
       * above it or below as the line allows (left of a rising line is above it), and on
       * the other side and vertical where its own side has no room.
       */
      on: 'rising' | 'falling';
      labelBelow?: undefined;
    }
) &
  (
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
  on,
  name,
}: PointProps) {
  const frame = usePlot();
  const { x, y } = frame;
  useSeries(name ?? label, [[xValue, yValue]]);
  const px = x(xValue);
  const py = y(yValue);
  // On the side asked for, or the other where that would leave the drawing area.
  const place =
    label &&
    placePointLabel(frame, {
      text: label,
      x: px,
      y: py,
      gap: 10,
      prefer: labelSide,
      below: on ? (on === 'rising') === (labelSide === 'right') : labelBelow,
      flip: on ? 'diagonal' : 'side',
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
