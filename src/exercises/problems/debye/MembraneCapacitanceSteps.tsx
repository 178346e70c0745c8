import { VACUUM_PERMITTIVITY } from '../../../physics';
import { Frac, Id, MathBlock, Num, Op, Qty, Sub } from '../../math';
import { NumUnit } from './NumUnit';

/** C = ε₀ε_r/d, substituted in SI, in F/m² and then µF/cm². */
export function MembraneCapacitanceSteps({
  relativePermittivity,
  thickness,
  capacitance,
}: {
  relativePermittivity: number;
  /** m */
  thickness: number;
  /** F/m² */
  capacitance: number;
}) {
  return (
    <MathBlock>
      <Id>C</Id>
      <Op>=</Op>
      <Frac
        num={
          <>
            <Sub base="ε" sub="0" />
            <Sub base="ε" sub="r" />
          </>
        }
        den={<Id>d</Id>}
      />
      <Op>=</Op>
      <Frac
        num={
          <>
            <NumUnit value={VACUUM_PERMITTIVITY} unit="F/m" />
            <Op>×</Op>
            <Num value={relativePermittivity} options={{ digits: 3 }} />
          </>
        }
        den={<Qty value={thickness} unit="m" options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Qty value={capacitance} unit="F/m²" options={{ digits: 3 }} />
      <Op>=</Op>
      <Qty value={capacitance} unit="µF/cm²" options={{ digits: 3 }} />
    </MathBlock>
  );
}
