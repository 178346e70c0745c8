import { DEBYE_HUCKEL_A } from '../../../physics';
import { Id, Num, Op, Pow, Root } from '../../math';
import { GammaFromLog, LogGammaIsMinus, type GammaLawNumbers } from './LogGamma';
import { Valence } from './Valence';

/** log₁₀ γ = −A z² √I with I in mol/L substituted, then γ. */
export function GammaLimitingSteps({ z, strengthMolar, log10Gamma, gamma }: GammaLawNumbers) {
  return (
    <>
      <LogGammaIsMinus>
        <Id>A</Id>
        <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
        <Root>
          <Id>I</Id>
        </Root>
        <Op>=</Op>
        <Op>−</Op>
        <Num value={DEBYE_HUCKEL_A} />
        <Op>×</Op>
        <Pow base={<Valence z={z} />} exponent={<mn>2</mn>} />
        <Op>×</Op>
        <Root>
          <Num value={strengthMolar} options={{ digits: 4 }} />
        </Root>
        <Op>=</Op>
        <Num value={log10Gamma} options={{ digits: 4 }} />
      </LogGammaIsMinus>
      <GammaFromLog log={log10Gamma} gamma={gamma} />
    </>
  );
}
