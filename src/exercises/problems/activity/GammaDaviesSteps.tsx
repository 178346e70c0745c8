import { DEBYE_HUCKEL_A } from '../../../physics';
import { Frac, Id, Num, Op, Paren, Pow, Root } from '../../math';
import { GammaFromLog, LogGammaIsMinus, type GammaLawNumbers } from './LogGamma';
import { Valence } from './Valence';

/** log₁₀ γ = −A z² (√I/(1 + √I) − 0.3 I): the law, the numbers (I in mol/L), then γ. */
export function GammaDaviesSteps({
  z,
  strengthMolar,
  rootStrength,
  onePlusRoot,
  log10Gamma,
  gamma,
}: GammaLawNumbers & {
  /** √I, I in mol/L */
  rootStrength: number;
  /** 1 + √I */
  onePlusRoot: number;
}) {
  return (
    <>
      <LogGammaIsMinus>
        <Id>A</Id>
        <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
        <Paren>
          <Frac
            num={
              <Root>
                <Id>I</Id>
              </Root>
            }
            den={
              <>
                <Num value={1} />
                <Op>+</Op>
                <Root>
                  <Id>I</Id>
                </Root>
              </>
            }
          />
          <Op>−</Op>
          <Num value={0.3} />
          <Id>I</Id>
        </Paren>
      </LogGammaIsMinus>
      <LogGammaIsMinus>
        <Num value={DEBYE_HUCKEL_A} />
        <Op>×</Op>
        <Pow base={<Valence z={z} />} exponent={<mn>2</mn>} />
        <Op>×</Op>
        <Paren>
          <Frac
            num={<Num value={rootStrength} options={{ digits: 4 }} />}
            den={<Num value={onePlusRoot} options={{ digits: 5 }} />}
          />
          <Op>−</Op>
          <Num value={0.3} />
          <Op>×</Op>
          <Num value={strengthMolar} options={{ digits: 4 }} />
        </Paren>
        <Op>=</Op>
        <Num value={log10Gamma} options={{ digits: 4 }} />
      </LogGammaIsMinus>
      <GammaFromLog log={log10Gamma} gamma={gamma} />
    </>
  );
}
