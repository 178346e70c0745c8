import { Frac, Id, MathBlock, Op, Qty, Sub } from '../../math';

/** E = V_m/d, substituted in SI. */
export function MembraneFieldSteps({
  voltage,
  thickness,
  field,
}: {
  /** V */
  voltage: number;
  /** m */
  thickness: number;
  /** V/m */
  field: number;
}) {
  return (
    <MathBlock>
      <Id>E</Id>
      <Op>=</Op>
      <Frac num={<Sub base="V" sub="m" />} den={<Id>d</Id>} />
      <Op>=</Op>
      <Frac
        num={<Qty value={voltage} unit="V" options={{ digits: 4 }} />}
        den={<Qty value={thickness} unit="m" options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Qty value={field} unit="V/m" options={{ digits: 3 }} />
    </MathBlock>
  );
}
