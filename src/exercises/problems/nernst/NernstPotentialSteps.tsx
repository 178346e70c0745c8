import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../../math';
import { RtOverZf } from '../RtOverZf';

/** The numbers the Nernst potential's worked solution shows (SI, concentrations in mM). */
export type NernstPotentialNumbers = {
  z: number;
  T: number;
  cin: number;
  cout: number;
  /** RT/zF, in V */
  rtOverZF: number;
  /** ln(c_out/c_in) */
  lnRatio: number;
  potential: number;
};

/** E = (RT/zF)·ln(c_out/c_in) with the numbers substituted, then as the product of the two. */
export function NernstPotentialSteps({
  z,
  T,
  cin,
  cout,
  rtOverZF,
  lnRatio,
  potential,
}: NernstPotentialNumbers) {
  return (
    <>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
        <Ln>
          <Frac num={<Sub base="c" sub="out" />} den={<Sub base="c" sub="in" />} />
        </Ln>
        <Op>=</Op>
        <RtOverZf p={{ z, T }} />
        <Ln>
          <Frac num={<Qty value={cout} unit="mM" />} den={<Qty value={cin} unit="mM" />} />
        </Ln>
      </MathBlock>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Qty value={rtOverZF} unit="mV" options={{ digits: 4 }} />
        <Op>×</Op>
        <Num value={lnRatio} options={{ digits: 4 }} />
        <Op>=</Op>
        <Qty value={potential} unit="mV" options={{ decimals: 1, sign: true }} />
      </MathBlock>
    </>
  );
}
