import { Id, MathBlock, Num, Op, Qty } from '../../math';

/** a = γc, substituted (c and a in mM). */
export function ActivitySteps({
  gamma,
  concentration,
  activity,
}: {
  gamma: number;
  concentration: number;
  activity: number;
}) {
  return (
    <MathBlock>
      <Id>a</Id>
      <Op>=</Op>
      <Id>γ</Id>
      <Id>c</Id>
      <Op>=</Op>
      <Num value={gamma} options={{ digits: 3 }} />
      <Op>×</Op>
      <Qty value={concentration} unit="mM" />
      <Op>=</Op>
      <Qty value={activity} unit="mM" options={{ digits: 3 }} />
    </MathBlock>
  );
}
