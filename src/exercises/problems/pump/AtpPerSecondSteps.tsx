import { Frac, Id, MathBlock, Num, Op, Qty, Sub } from '../../math';

/** The numbers the worked solution for the ATP use shows (SI). */
export type AtpPerSecondNumbers = {
  sodiumPerAtp: number;
  current: number;
  elementaryCharge: number;
  atpPerSecond: number;
};

/** ATP/s = I_Na/(3e) with the numbers substituted. */
export function AtpPerSecondSteps({
  sodiumPerAtp,
  current,
  elementaryCharge,
  atpPerSecond,
}: AtpPerSecondNumbers) {
  return (
    <MathBlock>
      <Frac num={<Id>ATP</Id>} den={<Id>s</Id>} />
      <Op>=</Op>
      <Frac
        num={<Sub base="I" sub="Na" />}
        den={
          <>
            <Num value={sodiumPerAtp} />
            <Id>e</Id>
          </>
        }
      />
      <Op>=</Op>
      <Frac
        num={<Qty value={current} unit="A" options={{ digits: 3 }} />}
        den={
          <>
            <Num value={sodiumPerAtp} />
            <Op>×</Op>
            <Qty value={elementaryCharge} unit="C" options={{ digits: 4 }} />
          </>
        }
      />
      <Op>=</Op>
      <Num value={atpPerSecond} options={{ digits: 3 }} />
      <mtext> per second</mtext>
    </MathBlock>
  );
}
