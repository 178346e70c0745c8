import { Frac, Id, Ln, MathBlock, Op, Paren, Qty, Sub } from '../../math';

/** The numbers the worked solution for the electrochemical free energy shows (J/mol). */
export type ElectrochemicalEnergyNumbers = {
  /** RT·ln(c_in/c_out) */
  chemical: number;
  /** zFV_m */
  electrical: number;
  energy: number;
};

/** ΔG = RT·ln(c_in/c_out) + zFV_m, then the two terms' values and their sum. */
export function ElectrochemicalEnergySteps({
  chemical,
  electrical,
  energy,
}: ElectrochemicalEnergyNumbers) {
  return (
    <>
      <MathBlock>
        <Id>ΔG</Id>
        <Op>=</Op>
        <Id>RT</Id>
        <Ln>
          <Frac num={<Sub base="c" sub="in" />} den={<Sub base="c" sub="out" />} />
        </Ln>
        <Op>+</Op>
        <Id>z</Id>
        <Id>F</Id>
        <Sub base="V" sub="m" />
      </MathBlock>
      <MathBlock>
        <Id>ΔG</Id>
        <Op>=</Op>
        <Qty value={chemical} unit="kJ/mol" options={{ digits: 4, sign: true }} />
        <Op>+</Op>
        <Paren>
          <Qty value={electrical} unit="kJ/mol" options={{ digits: 4, sign: true }} />
        </Paren>
        <Op>=</Op>
        <Qty value={energy} unit="kJ/mol" options={{ digits: 3, sign: true }} />
      </MathBlock>
    </>
  );
}
