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

/** Pixels a bottom-axis tick label may need: "−150" or "0.06" in the projector theme. */
const MIN_TICK_SPACING = 64;

/** An axis along the bottom or left edge, with ticks, labels and optional grid lines. */
export function Axis({ orient, label, format, ticks, tickCount = 6, grid = false }: AxisProps) {
  const { x, y, width, height } = usePlot();
  useAxisLabel(orient === 'bottom' ? 'x' : 'y', label);
  const scale = orient === 'bottom' ? x : y;
  // A narrow plot (a phone) asks for fewer ticks, so labels like "0.06" do not run together.
  const room = Math.floor(orient === 'bottom' ? width / MIN_TICK_SPACING : height / 32);
  const values = ticks ?? scale.ticks(Math.max(2, Math.min(tickCount, room)));
  const texts = values.map(format);
  if (orient === 'bottom') {
    return (
      <g className="axis axis-bottom" transform={`translate(0,${height})`} aria-hidden="true">
        <line className="axis-line" x1={0} x2={width} />
        {values.map((v, i) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            {grid && <line className="grid" y1={-height} y2={0} />}
            <line className="tick" y2={6} />
            <text y={20} textAnchor="middle">
              {texts[i]}
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
      {values.map((v, i) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          {grid && <line className="grid" x1={0} x2={width} />}
          <line className="tick" x2={-6} />
          <text x={-10} dy="0.32em" textAnchor="end">
            {texts[i]}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        transform={`translate(-10,${height / 2}) rotate(-90)`}
        dy={`${-leftLabelOffsetEm(texts)}em`}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}

/**
 * How far left of the tick labels the rotated axis label's baseline sits, in the label's
 * em: past the widest tick label (at most about 0.65 em a character at the ticks' 0.8rem,
 * so 0.62 em at the label's 0.85rem) and a gap wider than the label's descenders, which
 * face the plot. A fixed offset collided with labels like "−100" once the projector theme
 * enlarged the type.
 */
function leftLabelOffsetEm(tickLabels: readonly string[]): number {
  const widest = Math.max(0, ...tickLabels.map((text) => text.length));
  return widest * 0.62 + 0.5;
}
