import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../../math';

/** The numbers the worked solution for the chemical free energy shows (SI, mM). */
export type ChemicalEnergyNumbers = {
  gasConstant: number;
  T: number;
  cin: number;
  cout: number;
  energy: number;
};

/** ΔG_chem = RT·ln(c_in/c_out) with the numbers substituted. */
export function ChemicalEnergySteps({ gasConstant, T, cin, cout, energy }: ChemicalEnergyNumbers) {
  return (
    <MathBlock>
      <Sub base="ΔG" sub="chem" />
      <Op>=</Op>
      <Id>RT</Id>
      <Ln>
        <Frac num={<Sub base="c" sub="in" />} den={<Sub base="c" sub="out" />} />
      </Ln>
      <Op>=</Op>
      <Num value={gasConstant} options={{ digits: 4 }} />
      <Op>×</Op>
      <Qty value={T} unit="K" options={{ decimals: 2 }} />
      <Op>×</Op>
      <Ln>
        <Frac num={<Qty value={cin} unit="mM" />} den={<Qty value={cout} unit="mM" />} />
      </Ln>
      <Op>=</Op>
      <Qty value={energy} unit="kJ/mol" options={{ digits: 3, sign: true }} />
    </MathBlock>
  );
}
