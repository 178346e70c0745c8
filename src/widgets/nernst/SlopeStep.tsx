import { fitsInDrawingArea, Label, Line, Point, usePlot } from '../../plot';

/** Px between the step's vertical leg and the slope written beside it. */
const SLOPE_GAP = 6;

/**
 * Px from the horizontal leg to the baseline of a slope written along it (for 16 px type):
 * below the leg, a 0.8rem label's cap height and a little more; above it, a small gap.
 */
const UNDER_LEG = 18;
const OVER_LEG = -6;

/** √10: the middle of a tenfold step on a log axis, where a slope along the leg is centred. */
const HALF_DECADE = 3.1622776601683795;

type SlopeStepProps = {
  /** the concentration ratio out/in of the current state */
  ratio: number;
  /** E at that ratio, mV */
  eMv: number;
  /** the change of E per tenfold rise of the ratio, mV, signed (negative for z < 0) */
  decadeSlopeMv: number;
  /** the slope as written beside the step, e.g. "61.5 mV per ×10" */
  slopeText: string;
  /** the point's label, e.g. "−95.0 mV" */
  pointText: string;
};

/**
 * The current point on the Nernst line and a tenfold step beside it: a horizontal leg to
 * ten times (or a tenth of) the ratio, a vertical leg back to the line, and the slope
 * written outside the triangle. The step goes right where its slope fits beside the
 * vertical leg in the drawing area, else left; where it fits on neither side (a phone), the
 * slope is centred along the horizontal leg, on the side away from the triangle. The
 * point's label takes the other side of the point, in the quadrant there that the line
 * leaves free (a rising line leaves the upper-left and lower-right, a falling one the
 * upper-right and lower-left); the step fills the free quadrant on its own side.
 */
export function SlopeStep({ ratio, eMv, decadeSlopeMv, slopeText, pointText }: SlopeStepProps) {
  const frame = usePlot();
  const fitsBesideLeg = (side: 'right' | 'left') =>
    fitsInDrawingArea(frame, {
      text: slopeText,
      at: frame.x(side === 'right' ? ratio * 10 : ratio / 10),
      gap: SLOPE_GAP,
      side,
    });
  const beside = fitsBesideLeg('right') ? 'right' : fitsBesideLeg('left') ? 'left' : null;
  const right = beside !== 'left';
  const stepTo = right ? ratio * 10 : ratio / 10;
  const stepEMv = eMv + (right ? decadeSlopeMv : -decadeSlopeMv);
  const rising = decadeSlopeMv > 0;
  // The vertical leg goes up (the triangle lies above the horizontal leg) when the step
  // follows a rising line to the right or a falling one to the left.
  const legUp = right === rising;
  return (
    <>
      <Line
        points={[
          [ratio, eMv],
          [stepTo, eMv],
          [stepTo, stepEMv],
        ]}
        tone="series-2"
        dashed
        label="one tenfold step"
      />
      {beside ? (
        <Label
          x={stepTo}
          y={(eMv + stepEMv) / 2}
          dx={right ? SLOPE_GAP : -SLOPE_GAP}
          anchor={right ? 'start' : 'end'}
          text={slopeText}
          tone="series-2"
        />
      ) : (
        <Label
          x={right ? ratio * HALF_DECADE : ratio / HALF_DECADE}
          y={eMv}
          dy={(legUp ? UNDER_LEG : OVER_LEG) * frame.typeScale}
          anchor="middle"
          text={slopeText}
          tone="series-2"
        />
      )}
      {beside ? (
        <Point
          x={ratio}
          y={eMv}
          label={pointText}
          labelSide={right ? 'left' : 'right'}
          on={rising ? 'rising' : 'falling'}
        />
      ) : (
        // Not across the point diagonally, where the slope is written.
        <Point
          x={ratio}
          y={eMv}
          label={pointText}
          labelSide={right ? 'left' : 'right'}
          labelBelow={!legUp}
        />
      )}
    </>
  );
}
