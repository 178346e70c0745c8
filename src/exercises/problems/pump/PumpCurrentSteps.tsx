import { Id, MathBlock, Num, Op, Qty } from '../../math';

/** The numbers the worked solution for the pump current shows (SI). */
export type PumpCurrentNumbers = {
  charges: number;
  elementaryCharge: number;
  rate: number;
  pumps: number;
  current: number;
};

/** I = n·e·f·N with the numbers substituted. */
export function PumpCurrentSteps({
  charges,
  elementaryCharge,
  rate,
  pumps,
  current,
}: PumpCurrentNumbers) {
  return (
    <MathBlock>
      <Id>I</Id>
      <Op>=</Op>
      <Id>n</Id>
      <Op>·</Op>
      <Id>e</Id>
      <Op>·</Op>
      <Id>f</Id>
      <Op>·</Op>
      <Id>N</Id>
      <Op>=</Op>
      <Num value={charges} />
      <Op>×</Op>
      <Qty value={elementaryCharge} unit="C" options={{ digits: 4 }} />
      <Op>×</Op>
      <Qty value={rate} unit="1/s" />
      <Op>×</Op>
      <Num value={pumps} options={{ digits: 3 }} />
      <Op>=</Op>
      <Qty value={current} unit="pA" options={{ digits: 3 }} />
    </MathBlock>
  );
}
