import { Frac, Id, Ln, MathBlock, Num, Op, Qty } from '../../math';

/** One side's concentrations (mM) as they enter the Mullins–Noda ratio. */
export type MullinsNodaSide = { potassium: number; sodium: number };

/** The numbers the worked solution of the Mullins–Noda equation shows (SI, mM). */
export type MullinsNodaNumbers = {
  /** RT/F, in V */
  thermalVoltage: number;
  pumpRatio: number;
  /** P_Na/P_K */
  PNa: number;
  outside: MullinsNodaSide;
  inside: MullinsNodaSide;
  voltage: number;
};

/** r·K + ρ·Na, one side of the Mullins–Noda ratio written out. */
function PumpWeightedSum({
  side,
  pumpRatio,
  PNa,
}: {
  side: MullinsNodaSide;
  pumpRatio: number;
  PNa: number;
}) {
  return (
    <>
      <Num value={pumpRatio} />
      <Op>×</Op>
      <Num value={side.potassium} />
      <Op>+</Op>
      <Num value={PNa} />
      <Op>×</Op>
      <Num value={side.sodium} />
    </>
  );
}

/** V = (RT/F)·ln((r·K_o + ρ·Na_o)/(r·K_i + ρ·Na_i)) with the numbers substituted. */
export function MullinsNodaSteps({
  thermalVoltage,
  pumpRatio,
  PNa,
  outside,
  inside,
  voltage,
}: MullinsNodaNumbers) {
  return (
    <MathBlock>
      <Id>V</Id>
      <Op>=</Op>
      <Qty value={thermalVoltage} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac
          num={<PumpWeightedSum side={outside} pumpRatio={pumpRatio} PNa={PNa} />}
          den={<PumpWeightedSum side={inside} pumpRatio={pumpRatio} PNa={PNa} />}
        />
      </Ln>
      <Op>=</Op>
      <Qty value={voltage} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  );
}
