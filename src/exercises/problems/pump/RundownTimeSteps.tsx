import { MathBlock, Op, Qty } from '../../math';

/** The numbers the rundown time's solution shows: the time (s) and the pumps blocked (%). */
export type RundownTimeNumbers = { time: number; blockedPercent: number };

/** t₊₁₀ % = the time the book's pump–leak cell takes, with the share of pumps blocked. */
export function RundownTimeSteps({ time, blockedPercent }: RundownTimeNumbers) {
  return (
    <MathBlock>
      <msub>
        <mi>t</mi>
        <mtext>+10 %</mtext>
      </msub>
      <Op>=</Op>
      <Qty value={time} unit="s" options={{ digits: 3 }} />
      <mtext>{` (the book’s pump–leak cell with ${blockedPercent} % of its pumps blocked)`}</mtext>
    </MathBlock>
  );
}
