import { placeMarkLabel } from './placeLabel';
import { usePlot } from './PlotContext';
import { SvgSubscripted } from './SvgSubscripted';

type LabelProps = {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** offset in pixels */
  dx?: number;
  dy?: number;
  tone?: string;
};

/** Text placed at a data position (annotations such as "61.5 mV per tenfold"). */
export function Label({
  x: xValue,
  y: yValue,
  text,
  anchor = 'start',
  dx = 0,
  dy = 0,
  tone = 'muted',
}: LabelProps) {
  const frame = usePlot();
  const { x, y } = frame;
  const px = x(xValue);
  // Where it is asked to be, unless it would run past the plot's edge there.
  const place = placeMarkLabel(frame, {
    text,
    at: anchor === 'middle' ? px + dx : px,
    gap: anchor === 'end' ? -dx : dx,
    prefer: anchor === 'start' ? 'right' : anchor === 'end' ? 'left' : 'centre',
  });
  return (
    <text
      className={`mark-label ${tone}`}
      x={place.x}
      y={y(yValue) + dy}
      textAnchor={place.anchor}
      aria-hidden="true"
    >
      <SvgSubscripted text={text} />
    </text>
  );
}
