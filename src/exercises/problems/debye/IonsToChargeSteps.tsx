import { ELEMENTARY_CHARGE } from '../../../physics';
import { Abs, Frac, Id, MathBlock, Num, Op, Paren, Pow, Qty, Sub } from '../../math';
import { NumUnit } from './NumUnit';

/** The numbers of the lines A = 4πr², Q = C·A·V, N = |Q|/(|z|e), in SI. */
export type IonsToChargeNumbers = {
  /** m */
  radius: number;
  /** F/m² */
  specificCapacitance: number;
  /** V */
  voltage: number;
  /** m² */
  area: number;
  /** C, signed */
  charge: number;
  /** |Q|, C */
  chargeMagnitude: number;
  /** |z| */
  valenceMagnitude: number;
  ionsMoved: number;
};

/** The lines A = 4πr², Q = C·A·V, N = |Q|/(|z|e), substituted. */
export function IonsToChargeSteps({
  radius,
  specificCapacitance,
  voltage,
  area,
  charge,
  chargeMagnitude,
  valenceMagnitude,
  ionsMoved,
}: IonsToChargeNumbers) {
  return (
    <>
      <MathBlock>
        <Id>A</Id>
        <Op>=</Op>
        <Num value={4} />
        <Id>π</Id>
        <Pow base={<Id>r</Id>} exponent={<mn>2</mn>} />
        <Op>=</Op>
        <Num value={4} />
        <Id>π</Id>
        <Op>×</Op>
        <Pow
          base={
            <Paren>
              <Qty value={radius} unit="m" options={{ digits: 4 }} />
            </Paren>
          }
          exponent={<mn>2</mn>}
        />
        <Op>=</Op>
        <NumUnit value={area} unit="m²" />
      </MathBlock>
      <MathBlock>
        <Id>Q</Id>
        <Op>=</Op>
        <Id>C</Id>
        <Op>·</Op>
        <Id>A</Id>
        <Op>·</Op>
        <Sub base="V" sub="m" />
        <Op>=</Op>
        <Qty value={specificCapacitance} unit="F/m²" options={{ digits: 4 }} />
        <Op>×</Op>
        <NumUnit value={area} unit="m²" />
        <Op>×</Op>
        <Paren>
          <Qty value={voltage} unit="V" options={{ digits: 4 }} />
        </Paren>
        <Op>=</Op>
        <Qty value={charge} unit="C" options={{ digits: 4 }} />
      </MathBlock>
      <MathBlock>
        <Sub base="N" sub="moved" />
        <Op>=</Op>
        <Frac
          num={
            <Abs>
              <Id>Q</Id>
            </Abs>
          }
          den={
            <>
              <Abs>
                <Id>z</Id>
              </Abs>
              <Id>e</Id>
            </>
          }
        />
        <Op>=</Op>
        <Frac
          num={<Qty value={chargeMagnitude} unit="C" options={{ digits: 4 }} />}
          den={
            <>
              <Num value={valenceMagnitude} options={{ digits: 1 }} />
              <Op>×</Op>
              <Qty value={ELEMENTARY_CHARGE} unit="C" options={{ digits: 4 }} />
            </>
          }
        />
        <Op>=</Op>
        <Num value={ionsMoved} options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}
