import { Exp, Frac, Id, MathBlock, Num, Op, Paren, Sub } from '../../math';

/** The numbers the worked solution for P_K/P_Na shows (SI: J/mol, J/(mol·K), K). */
export type SelectivityRatioNumbers = {
  energy: number;
  gasConstant: number;
  T: number;
  ratio: number;
};

/** P_K/P_Na = e^(ΔG/RT) with the numbers substituted. */
export function SelectivityRatioSteps({ energy, gasConstant, T, ratio }: SelectivityRatioNumbers) {
  return (
    <MathBlock>
      <Frac num={<Sub base="P" sub="K" />} den={<Sub base="P" sub="Na" />} />
      <Op>=</Op>
      <Exp>
        <Id>ΔG</Id>
        <Op>/</Op>
        <Id>RT</Id>
      </Exp>
      <Op>=</Op>
      <Exp>
        <Num value={energy} />
        <Op>/</Op>
        <Paren>
          <Num value={gasConstant} options={{ digits: 4 }} />
          <Op>×</Op>
          <Num value={T} options={{ decimals: 2 }} />
        </Paren>
      </Exp>
      <Op>=</Op>
      <Num value={ratio} options={{ digits: 3 }} />
    </MathBlock>
  );
}
