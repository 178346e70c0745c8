import { AVOGADRO } from '../../../physics';
import { Frac, Id, MathBlock, Num, Op, Pow, Sub } from '../../math';
import { IonsToChargeSteps, type IonsToChargeNumbers } from './IonsToChargeSteps';
import { NumUnit } from './NumUnit';

/** The ions moved (as for ions-to-charge), N_cell = c·(4/3)πr³·N_A, and their ratio. */
export function ChargeFractionSteps({
  concentration,
  volume,
  ionsInCell,
  fraction,
  ...charge
}: IonsToChargeNumbers & {
  /** mM, which is mol/m³ */
  concentration: number;
  /** m³ */
  volume: number;
  ionsInCell: number;
  fraction: number;
}) {
  return (
    <>
      <IonsToChargeSteps {...charge} />
      <MathBlock>
        <Sub base="N" sub="cell" />
        <Op>=</Op>
        <Id>c</Id>
        <Op>·</Op>
        <Frac num={<Num value={4} />} den={<Num value={3} />} />
        <Id>π</Id>
        <Pow base={<Id>r</Id>} exponent={<mn>3</mn>} />
        <Op>·</Op>
        <Sub base="N" sub="A" />
        <Op>=</Op>
        <NumUnit value={concentration} unit="mol/m³" />
        <Op>×</Op>
        <NumUnit value={volume} unit="m³" />
        <Op>×</Op>
        <Num value={AVOGADRO} options={{ digits: 4 }} />
        <Op>=</Op>
        <Num value={ionsInCell} options={{ digits: 4 }} />
      </MathBlock>
      <MathBlock>
        <Frac num={<Sub base="N" sub="moved" />} den={<Sub base="N" sub="cell" />} />
        <Op>=</Op>
        <Frac
          num={<Num value={charge.ionsMoved} options={{ digits: 4 }} />}
          den={<Num value={ionsInCell} options={{ digits: 4 }} />}
        />
        <Op>=</Op>
        <Num value={fraction} options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}
