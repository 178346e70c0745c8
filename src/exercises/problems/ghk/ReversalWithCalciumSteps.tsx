import { MathBlock, Num, Op, Qty, Sub } from '../../math';

/** I_K + I_Na + I_Ca = 0 ⇒ V_rev, the potential (in V) found numerically. */
export function ReversalWithCalciumSteps({ potential }: { potential: number }) {
  return (
    <MathBlock>
      <Sub base="I" sub="K" />
      <Op>+</Op>
      <Sub base="I" sub="Na" />
      <Op>+</Op>
      <Sub base="I" sub="Ca" />
      <Op>=</Op>
      <Num value={0} />
      <Op>⇒</Op>
      <Sub base="V" sub="rev" />
      <Op>=</Op>
      <Qty value={potential} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  );
}
