import { splitSubscripts } from '../units';
import { axisTicks } from './axisTicks';
import { BASE_REM_PX, estimatedTextWidth } from './estimatedTextWidth';
import { useAxisLabel } from './FigureDataContext';
import { usePlot } from './PlotContext';
import { SvgSubscripted } from './SvgSubscripted';

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

/** The type sizes the theme sets: tick labels 0.8rem, the axis label 0.85rem. */
const TICK_REM = 0.8;
const AXIS_LABEL_REM = 0.85;
/** Labels are set no smaller than this to fit (where they still do not, the content must change). */
const MIN_FITTED_REM = 0.65;

/** Pixels a bottom-axis tick label may need: "−150" or "0.06" in the projector theme. */
const MIN_TICK_SPACING = 64;

/**
 * An axis along the bottom or left edge, with ticks, labels and optional grid lines. Ticks
 * are keyed by position in the list, not by value: when a slider rescales the axis, the
 * same elements move and change their text rather than all being removed and created anew.
 */
export function Axis({ orient, label, format, ticks, tickCount = 6, grid = false }: AxisProps) {
  const { x, y, width, height, typeScale } = usePlot();
  useAxisLabel(orient === 'bottom' ? 'x' : 'y', label);
  const scale = orient === 'bottom' ? x : y;
  // A narrow plot (a phone) asks for fewer ticks, so labels like "0.06" do not run together.
  const spacing = (orient === 'bottom' ? MIN_TICK_SPACING : 32) * typeScale;
  const room = Math.floor((orient === 'bottom' ? width : height) / spacing);
  const values = ticks ?? axisTicks(scale, tickCount, room);
  const texts = values.map(format);
  const textWidths = texts.map((text) => estimatedTextWidth(text, TICK_REM, typeScale));
  if (orient === 'bottom') {
    const tickFont = fittedTickFont(values.map(x), textWidths);
    return (
      <g className="axis axis-bottom" transform={`translate(0,${height})`} aria-hidden="true">
        <line className="axis-line" x1={0} x2={width} />
        {values.map((v, i) => (
          <g key={i} transform={`translate(${x(v)},0)`}>
            {grid && <line className="grid" y1={-height} y2={0} />}
            <line className="tick" y2={6} />
            <text y={20 * typeScale} textAnchor="middle" style={tickFont}>
              {texts[i]}
            </text>
          </g>
        ))}
        <text
          className="axis-label"
          x={width / 2}
          y={(42 - subscriptDrop(label)) * typeScale}
          textAnchor="middle"
          style={fittedFont(label, width, typeScale)}
          data-label={label}
        >
          <SvgSubscripted text={label} />
        </text>
      </g>
    );
  }
  return (
    <g className="axis axis-left" aria-hidden="true">
      <line className="axis-line" y1={0} y2={height} />
      {values.map((v, i) => (
        <g key={i} transform={`translate(0,${y(v)})`}>
          {grid && <line className="grid" x1={0} x2={width} />}
          <line className="tick" x2={-6} />
          <text x={-10 * typeScale} dy="0.32em" textAnchor="end">
            {texts[i]}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        transform={`translate(${-10 * typeScale},${height / 2}) rotate(-90)`}
        dy={-leftLabelOffset(textWidths, typeScale)}
        textAnchor="middle"
        style={fittedFont(label, height, typeScale)}
        data-label={label}
      >
        <SvgSubscripted text={label} />
      </text>
    </g>
  );
}

/**
 * How much higher a bottom axis label sits when it has a subscript (V_m), in px at 16 px
 * type: a subscript hangs about a quarter of the label's size below its baseline, which
 * would otherwise leave the SVG at the bottom of the margin.
 */
function subscriptDrop(label: string): number {
  return splitSubscripts(label).some((run) => run.subscript)
    ? 0.25 * AXIS_LABEL_REM * BASE_REM_PX
    : 0;
}

/**
 * How far left of the tick labels' ends the rotated axis label's baseline sits, in px: past
 * the widest tick label and a gap wider than the label's descenders, which face the plot. A
 * fixed offset collided with labels like "−100" once the projector theme enlarged the type.
 */
function leftLabelOffset(tickWidths: readonly number[], typeScale: number): number {
  return Math.max(0, ...tickWidths) + 0.5 * AXIS_LABEL_REM * BASE_REM_PX * typeScale;
}

/**
 * A smaller type size for an axis label longer than its axis (a long unit on a short plot,
 * or a phone in the projector theme), so that it never runs past the plot; none otherwise.
 */
function fittedFont(label: string, length: number, typeScale: number) {
  return shrunkFont(AXIS_LABEL_REM, length / estimatedTextWidth(label, AXIS_LABEL_REM, typeScale));
}

/**
 * A smaller type size for bottom tick labels that would touch their neighbours (ticks the
 * caller fixed, such as the ions of a bar chart, on a phone in the projector theme); none
 * when they fit. Computed ticks are already thinned to fit by the tick count.
 */
function fittedTickFont(positions: readonly number[], widths: readonly number[]) {
  let scale = 1;
  for (let i = 1; i < positions.length; i++) {
    const room = Math.abs(positions[i]! - positions[i - 1]!) - 4;
    const needed = (widths[i]! + widths[i - 1]!) / 2;
    if (needed > room) scale = Math.min(scale, Math.max(room, 0) / needed);
  }
  return shrunkFont(TICK_REM, scale);
}

/** `rem` times `scale` as a style, no smaller than MIN_FITTED_REM; none when nothing shrinks. */
function shrunkFont(rem: number, scale: number) {
  if (!(scale < 1)) return undefined;
  return { fontSize: `${Math.max(MIN_FITTED_REM, rem * scale).toFixed(3)}rem` };
}
