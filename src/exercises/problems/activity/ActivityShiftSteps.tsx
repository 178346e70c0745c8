import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../../math';

/** ΔE = (RT/zF) ln(γ_out/γ_in), substituted. */
export function ActivityShiftSteps({
  gammaIn,
  gammaOut,
  rtOverZF,
  shift,
}: {
  gammaIn: number;
  gammaOut: number;
  /** RT/zF, V */
  rtOverZF: number;
  shift: number;
}) {
  return (
    <MathBlock>
      <Id>ΔE</Id>
      <Op>=</Op>
      <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
      <Ln>
        <Frac num={<Sub base="γ" sub="out" />} den={<Sub base="γ" sub="in" />} />
      </Ln>
      <Op>=</Op>
      <Qty value={rtOverZF} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac
          num={<Num value={gammaOut} options={{ digits: 3 }} />}
          den={<Num value={gammaIn} options={{ digits: 3 }} />}
        />
      </Ln>
      <Op>=</Op>
      <Qty value={shift} unit="mV" options={{ digits: 3, sign: true }} />
    </MathBlock>
  );
}
