import { Frac, Id, MathBlock, Num, Op, Qty } from '../../math';

/** One value for each of K⁺, Na⁺ and Cl⁻. */
export type PerIon = { K: number; Na: number; Cl: number };

/** The numbers the chord-conductance worked solution shows, in the units it writes them in. */
export type ChordPotentialNumbers = {
  conductancesInNS: PerIon;
  reversalsInMV: PerIon;
  pumpCurrentInPA: number;
  /** the answer, in V */
  potential: number;
};

/** V = (Σ g·E − I_p)/Σ g with the numbers substituted (g in nS, E in mV, I_p in pA). */
export function ChordPotentialSteps({
  conductancesInNS: g,
  reversalsInMV: e,
  pumpCurrentInPA,
  potential,
}: ChordPotentialNumbers) {
  return (
    <MathBlock>
      <Id>V</Id>
      <Op>=</Op>
      <Frac
        num={
          <>
            <Num value={g.K} />
            <Op>×</Op>
            <Num value={e.K} />
            <Op>+</Op>
            <Num value={g.Na} />
            <Op>×</Op>
            <Num value={e.Na} />
            <Op>+</Op>
            <Num value={g.Cl} />
            <Op>×</Op>
            <Num value={e.Cl} />
            <Op>−</Op>
            <Num value={pumpCurrentInPA} />
          </>
        }
        den={
          <>
            <Num value={g.K} />
            <Op>+</Op>
            <Num value={g.Na} />
            <Op>+</Op>
            <Num value={g.Cl} />
          </>
        }
      />
      <Op>=</Op>
      <Qty value={potential} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  );
}
