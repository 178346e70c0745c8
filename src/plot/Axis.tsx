import { useAxisLabel } from './FigureDataContext';
import { usePlot } from './PlotContext';

type AxisProps = {
  orient: 'bottom' | 'left';
  label: string;
  /** tick label text for a data value */
  format: (value: number) => string;
  /** explicit tick values; otherwise the scale's own */
  ticks?: readonly number[];
  tickCount?: number;
  /** draw faint grid lines across the plot */
  grid?: boolean;
};

/** An axis along the bottom or left edge, with ticks, labels and optional grid lines. */
export function Axis({ orient, label, format, ticks, tickCount = 6, grid = false }: AxisProps) {
  const { x, y, width, height } = usePlot();
  useAxisLabel(orient === 'bottom' ? 'x' : 'y', label);
  const scale = orient === 'bottom' ? x : y;
  const values = ticks ?? scale.ticks(tickCount);
  if (orient === 'bottom') {
    return (
      <g className="axis axis-bottom" transform={`translate(0,${height})`} aria-hidden="true">
        <line className="axis-line" x1={0} x2={width} />
        {values.map((v) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            {grid && <line className="grid" y1={-height} y2={0} />}
            <line className="tick" y2={6} />
            <text y={20} textAnchor="middle">
              {format(v)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={width / 2} y={42} textAnchor="middle">
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="axis axis-left" aria-hidden="true">
      <line className="axis-line" y1={0} y2={height} />
      {values.map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          {grid && <line className="grid" x1={0} x2={width} />}
          <line className="tick" x2={-6} />
          <text x={-10} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        transform={`translate(-50,${height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}
