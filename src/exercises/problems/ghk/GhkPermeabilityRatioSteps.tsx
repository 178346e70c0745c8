import { Exp, Frac, Id, MathBlock, Num, Op, Sub } from '../../math';

/** The numbers the worked solution for P_Na/P_K shows (concentrations in mM). */
export type GhkPermeabilityRatioNumbers = {
  /** e^(V_m/(RT/F)) */
  boltzmannFactor: number;
  Kin: number;
  Kout: number;
  Nain: number;
  Naout: number;
  ratio: number;
};

/**
 * e^(V_m/(RT/F)) = (K_o + ρ·Na_o)/(K_i + ρ·Na_i) and its value, then that equation solved
 * for ρ with the numbers substituted.
 */
export function GhkPermeabilityRatioSteps({
  boltzmannFactor,
  Kin,
  Kout,
  Nain,
  Naout,
  ratio,
}: GhkPermeabilityRatioNumbers) {
  return (
    <>
      <MathBlock>
        <Exp>
          <Sub base="V" sub="m" />
          <Op>/</Op>
          <Id>(RT/F)</Id>
        </Exp>
        <Op>=</Op>
        <Frac
          num={
            <>
              <Sub base="K" sub="o" />
              <Op>+</Op>
              <Id>ρ</Id>
              <Sub base="Na" sub="o" />
            </>
          }
          den={
            <>
              <Sub base="K" sub="i" />
              <Op>+</Op>
              <Id>ρ</Id>
              <Sub base="Na" sub="i" />
            </>
          }
        />
        <Op>=</Op>
        <Num value={boltzmannFactor} options={{ digits: 4 }} />
      </MathBlock>
      <MathBlock>
        <Id>ρ</Id>
        <Op>=</Op>
        <Frac
          num={
            <>
              <Num value={Kout} />
              <Op>−</Op>
              <Num value={Kin} />
              <Op>×</Op>
              <Num value={boltzmannFactor} options={{ digits: 4 }} />
            </>
          }
          den={
            <>
              <Num value={Nain} />
              <Op>×</Op>
              <Num value={boltzmannFactor} options={{ digits: 4 }} />
              <Op>−</Op>
              <Num value={Naout} />
            </>
          }
        />
        <Op>=</Op>
        <Num value={ratio} options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}
