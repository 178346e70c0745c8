import { Frac, Num, Qty, Sub } from '../../math';
import { NernstEquationSteps } from '../RtOverZf';

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
    <NernstEquationSteps
      z={z}
      T={T}
      ratio={<Frac num={<Sub base="c" sub="out" />} den={<Sub base="c" sub="in" />} />}
      ratioSubstituted={
        <Frac num={<Qty value={cout} unit="mM" />} den={<Qty value={cin} unit="mM" />} />
      }
      rtOverZF={rtOverZF}
      logarithm={<Num value={lnRatio} options={{ digits: 4 }} />}
      potential={potential}
    />
  );
}
