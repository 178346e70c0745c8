import { DEBYE_HUCKEL_A, DEBYE_HUCKEL_B } from '../../../physics';
import { Frac, Id, MathBlock, Num, Op, Pow, Root } from '../../math';
import { GammaFromLog, LogGammaIsMinus, type GammaLawNumbers } from './LogGamma';
import { Valence } from './Valence';

/** log₁₀ γ = −A z² √I / (1 + B a √I): the law, √I in mol/L, the numbers, then γ. */
export function GammaExtendedSteps({
  z,
  strengthMolar,
  rootStrength,
  ionSizeAngstrom,
  log10Gamma,
  gamma,
}: GammaLawNumbers & {
  /** √I, I in mol/L */
  rootStrength: number;
  ionSizeAngstrom: number;
}) {
  return (
    <>
      <LogGammaIsMinus>
        <Frac
          num={
            <>
              <Id>A</Id>
              <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
              <Root>
                <Id>I</Id>
              </Root>
            </>
          }
          den={
            <>
              <Num value={1} />
              <Op>+</Op>
              <Id>B</Id>
              <Id>a</Id>
              <Root>
                <Id>I</Id>
              </Root>
            </>
          }
        />
      </LogGammaIsMinus>
      <MathBlock>
        <Root>
          <Id>I</Id>
        </Root>
        <Op>=</Op>
        <Root>
          <Num value={strengthMolar} options={{ digits: 4 }} />
          <mspace width="0.2em" />
          <mtext>mol/L</mtext>
        </Root>
        <Op>=</Op>
        <Num value={rootStrength} options={{ digits: 4 }} />
        <mtext>, a in Å</mtext>
      </MathBlock>
      <LogGammaIsMinus>
        <Frac
          num={
            <>
              <Num value={DEBYE_HUCKEL_A} />
              <Op>×</Op>
              <Pow base={<Valence z={z} />} exponent={<mn>2</mn>} />
              <Op>×</Op>
              <Num value={rootStrength} options={{ digits: 4 }} />
            </>
          }
          den={
            <>
              <Num value={1} />
              <Op>+</Op>
              <Num value={DEBYE_HUCKEL_B} />
              <Op>×</Op>
              <Num value={ionSizeAngstrom} options={{ digits: 3 }} />
              <Op>×</Op>
              <Num value={rootStrength} options={{ digits: 4 }} />
            </>
          }
        />
        <Op>=</Op>
        <Num value={log10Gamma} options={{ digits: 4 }} />
      </LogGammaIsMinus>
      <GammaFromLog log={log10Gamma} gamma={gamma} />
    </>
  );
}
