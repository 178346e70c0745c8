import { usePlot } from './PlotContext';

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
  const { x, y, width } = usePlot();
  const px = x(xValue);
  // A start-anchored label near the right edge would run out of the plot: flip it.
  const flip = anchor === 'start' && px + dx > width - 120;
  return (
    <text
      className={`mark-label ${tone}`}
      x={px + (flip ? -Math.abs(dx) : dx)}
      y={y(yValue) + dy}
      textAnchor={flip ? 'end' : anchor}
      aria-hidden="true"
    >
      {text}
    </text>
  );
}
