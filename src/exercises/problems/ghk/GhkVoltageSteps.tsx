import { Frac, Ln, MathBlock, Num, Op, Qty, Sub } from '../../math';

/** One side's concentrations (mM) as they enter a sum of the GHK equation. */
export type GhkSideConcentrations = { potassium: number; sodium: number; chloride: number };

/** The numbers the worked solution of the GHK voltage equation shows (SI, mM). */
export type GhkVoltageNumbers = {
  /** RT/F, in V */
  thermalVoltage: number;
  /** P_Na/P_K and P_Cl/P_K */
  PNa: number;
  PCl: number;
  numerator: GhkSideConcentrations;
  denominator: GhkSideConcentrations;
  voltage: number;
};

/** K + ρ_Na·Na + ρ_Cl·Cl, one side of the GHK ratio written out. */
function GhkSum({ side, PNa, PCl }: { side: GhkSideConcentrations; PNa: number; PCl: number }) {
  return (
    <>
      <Num value={side.potassium} />
      <Op>+</Op>
      <Num value={PNa} />
      <Op>·</Op>
      <Num value={side.sodium} />
      <Op>+</Op>
      <Num value={PCl} />
      <Op>·</Op>
      <Num value={side.chloride} />
    </>
  );
}

/** V_m = (RT/F)·ln(Σ P·c over Σ P·c) with the numbers substituted. */
export function GhkVoltageSteps({
  thermalVoltage,
  PNa,
  PCl,
  numerator,
  denominator,
  voltage,
}: GhkVoltageNumbers) {
  return (
    <MathBlock>
      <Sub base="V" sub="m" />
      <Op>=</Op>
      <Qty value={thermalVoltage} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac
          num={<GhkSum side={numerator} PNa={PNa} PCl={PCl} />}
          den={<GhkSum side={denominator} PNa={PNa} PCl={PCl} />}
        />
      </Ln>
      <Op>=</Op>
      <Qty value={voltage} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  );
}
