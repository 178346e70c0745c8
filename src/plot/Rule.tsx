import { placeMarkLabel } from './placeLabel';
import { usePlot } from './PlotContext';
import { SvgSubscripted } from './SvgSubscripted';

type RuleProps = {
  /** a vertical rule at this x, or … */
  x?: number;
  /** … a horizontal rule at this y */
  y?: number;
  label?: string;
  /** where along a horizontal rule its label goes: at its right end (the default) or left */
  labelAt?: 'start' | 'end';
  /** a horizontal rule's label under it rather than above */
  labelBelow?: boolean;
  tone?: string;
  dashed?: boolean;
};

/** A reference line across the plot (zero, an equilibrium potential, a threshold). */
export function Rule({
  x: xValue,
  y: yValue,
  label,
  labelAt = 'end',
  labelBelow = false,
  tone = 'muted',
  dashed = true,
}: RuleProps) {
  const frame = usePlot();
  const { x, y, width, height } = frame;
  const className = `mark-rule ${tone}${dashed ? ' dashed' : ''}`;
  if (xValue !== undefined) {
    const px = x(xValue);
    // Right of the rule, or left of it where the label would run past the plot's edge.
    const place = label && placeMarkLabel(frame, { text: label, at: px, gap: 4, prefer: 'right' });
    return (
      <g className={className} aria-hidden="true">
        <line x1={px} x2={px} y1={0} y2={height} />
        {place && (
          // Above the drawing area, by a gap that grows with the type, as the margin does.
          <text x={place.x} y={-8 * frame.typeScale} textAnchor={place.anchor}>
            <SvgSubscripted text={label} />
          </text>
        )}
      </g>
    );
  }
  const py = y(yValue ?? 0);
  return (
    <g className={className} aria-hidden="true">
      <line x1={0} x2={width} y1={py} y2={py} />
      {label && (
        <text
          x={labelAt === 'end' ? width - 4 : 4}
          y={py}
          dy={labelBelow ? '1.2em' : '-0.4em'}
          textAnchor={labelAt === 'end' ? 'end' : 'start'}
        >
          <SvgSubscripted text={label} />
        </text>
      )}
    </g>
  );
}
