import { Exp, Id, MathBlock, Op, Qty, Sub } from '../../math';

/** The numbers the worked solution for c_out shows (SI, concentrations in mM). */
export type NernstConcentrationNumbers = {
  cin: number;
  potential: number;
  /** RT/zF, in V */
  rtOverZF: number;
  cout: number;
};

/** c_out = c_in·e^(zFE/RT) with the numbers substituted. */
export function NernstConcentrationSteps({
  cin,
  potential,
  rtOverZF,
  cout,
}: NernstConcentrationNumbers) {
  return (
    <>
      <MathBlock>
        <Sub base="c" sub="out" />
        <Op>=</Op>
        <Sub base="c" sub="in" />
        <Op>·</Op>
        <Exp>
          <Id>zFE</Id>
          <Op>/</Op>
          <Id>RT</Id>
        </Exp>
        <Op>=</Op>
        <Qty value={cin} unit="mM" />
        <Op>·</Op>
        <Exp>
          <Qty value={potential} unit="mV" options={{ digits: 3 }} />
          <Op>/</Op>
          <Qty value={rtOverZF} unit="mV" options={{ digits: 4 }} />
        </Exp>
        <Op>=</Op>
        <Qty value={cout} unit="mM" options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}
