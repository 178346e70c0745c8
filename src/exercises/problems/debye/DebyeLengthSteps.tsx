import type { ReactNode } from 'react';
import { FARADAY, GAS_CONSTANT, VACUUM_PERMITTIVITY } from '../../../physics';
import { Frac, Id, MathBlock, Num, Op, Pow, Qty, Root, Sub } from '../../math';
import { NumUnit } from './NumUnit';

/** The start of a line λ_D = √(num / den). */
function LambdaIsRootOf({ num, den }: { num: ReactNode; den: ReactNode }) {
  return (
    <>
      <Sub base="λ" sub="D" />
      <Op>=</Op>
      <Root>
        <Frac num={num} den={den} />
      </Root>
    </>
  );
}

/** λ_D = √(ε₀ε_rRT / (2F²I)): the formula, then with the numbers in SI. */
export function DebyeLengthSteps({
  relativePermittivity,
  temperature,
  ionicStrength,
  length,
}: {
  relativePermittivity: number;
  /** K */
  temperature: number;
  /** mM, which is mol/m³ */
  ionicStrength: number;
  /** m */
  length: number;
}) {
  return (
    <>
      <MathBlock>
        <LambdaIsRootOf
          num={
            <>
              <Sub base="ε" sub="0" />
              <Sub base="ε" sub="r" />
              <Id>R</Id>
              <Id>T</Id>
            </>
          }
          den={
            <>
              <Num value={2} />
              <Pow base={<Id>F</Id>} exponent={<mn>2</mn>} />
              <Id>I</Id>
            </>
          }
        />
      </MathBlock>
      <MathBlock>
        <LambdaIsRootOf
          num={
            <>
              <NumUnit value={VACUUM_PERMITTIVITY} unit="F/m" />
              <Op>×</Op>
              <Num value={relativePermittivity} options={{ digits: 4 }} />
              <Op>×</Op>
              <Num value={GAS_CONSTANT} options={{ digits: 4 }} />
              <Op>×</Op>
              <Qty value={temperature} unit="K" options={{ decimals: 2 }} />
            </>
          }
          den={
            <>
              <Num value={2} />
              <Op>×</Op>
              <Pow base={<Num value={FARADAY} options={{ digits: 6 }} />} exponent={<mn>2</mn>} />
              <Op>×</Op>
              <NumUnit value={ionicStrength} unit="mol/m³" />
            </>
          }
        />
        <Op>=</Op>
        <Qty value={length} unit="nm" options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}
