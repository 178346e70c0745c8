import { Frac, Id, MathBlock, Num, Op, Qty } from '../../math';

/** The numbers the worked solution for the slope per tenfold ratio shows (SI). */
export type DecadeSlopeNumbers = {
  /** RT/zF, in V */
  rtOverZF: number;
  ln10: number;
  slope: number;
};

/** ΔE = (RT/zF)·ln 10 with the numbers substituted. */
export function DecadeSlopeSteps({ rtOverZF, ln10, slope }: DecadeSlopeNumbers) {
  return (
    <MathBlock>
      <Id>ΔE</Id>
      <Op>=</Op>
      <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
      <Id>ln</Id>
      <Num value={10} />
      <Op>=</Op>
      <Qty value={rtOverZF} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Num value={ln10} options={{ digits: 4 }} />
      <Op>=</Op>
      <Qty value={slope} unit="mV" options={{ decimals: 1 }} />
    </MathBlock>
  );
}
