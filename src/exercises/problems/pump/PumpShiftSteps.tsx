import { Frac, Id, MathBlock, Op, Qty, Sub } from '../../math';

/** The numbers the worked solution for the pump's voltage shift shows (SI). */
export type PumpShiftNumbers = { current: number; conductance: number; shift: number };

/** ΔV = −I_pump/g_total with the numbers substituted. */
export function PumpShiftSteps({ current, conductance, shift }: PumpShiftNumbers) {
  return (
    <MathBlock>
      <Id>ΔV</Id>
      <Op>=</Op>
      <Op>−</Op>
      <Frac num={<Sub base="I" sub="pump" />} den={<Sub base="g" sub="total" />} />
      <Op>=</Op>
      <Op>−</Op>
      <Frac num={<Qty value={current} unit="pA" />} den={<Qty value={conductance} unit="nS" />} />
      <Op>=</Op>
      <Qty value={shift} unit="mV" options={{ digits: 3, sign: true }} />
    </MathBlock>
  );
}
