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
  const { x, y } = usePlot();
  return (
    <text
      className={`mark-label ${tone}`}
      x={x(xValue) + dx}
      y={y(yValue) + dy}
      textAnchor={anchor}
      aria-hidden="true"
    >
      {text}
    </text>
  );
}
