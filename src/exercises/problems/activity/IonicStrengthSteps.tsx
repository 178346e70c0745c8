import { Frac, Id, MathBlock, Num, Op, Paren, Pow, Qty, Sub } from '../../math';
import type { SaltIon } from './saltIons';
import { Valence } from './Valence';

/** A valence squared in the symbolic line: z₊², z₋². */
function SquaredValence({ sign }: { sign: '+' | '−' }) {
  return (
    <msup>
      <msub>
        <mi>z</mi>
        <mtext>{sign}</mtext>
      </msub>
      <mn>2</mn>
    </msup>
  );
}

/** I = ½(c₊z₊² + c₋z₋²) with the salt's two ions substituted (concentrations in mM). */
export function IonicStrengthSteps({
  cation,
  anion,
  strength,
}: {
  cation: SaltIon;
  anion: SaltIon;
  strength: number;
}) {
  return (
    <MathBlock>
      <Id>I</Id>
      <Op>=</Op>
      <Frac num={<Num value={1} />} den={<Num value={2} />} />
      <Paren>
        <Sub base="c" sub="+" />
        <SquaredValence sign="+" />
        <Op>+</Op>
        <Sub base="c" sub="−" />
        <SquaredValence sign="−" />
      </Paren>
      <Op>=</Op>
      <Frac num={<Num value={1} />} den={<Num value={2} />} />
      <Paren>
        <Qty value={cation.concentration} unit="mM" />
        <Op>×</Op>
        <Pow base={<Valence z={cation.z} />} exponent={<mn>2</mn>} />
        <Op>+</Op>
        <Qty value={anion.concentration} unit="mM" />
        <Op>×</Op>
        <Pow base={<Valence z={anion.z} />} exponent={<mn>2</mn>} />
      </Paren>
      <Op>=</Op>
      <Qty value={strength} unit="mM" options={{ digits: 3 }} />
    </MathBlock>
  );
}
