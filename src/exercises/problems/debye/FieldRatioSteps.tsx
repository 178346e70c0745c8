import { Frac, MathBlock, Num, Op, Sub } from '../../math';

/** E_lipid/E_water = ε_r,water/ε_r,lipid, substituted. */
export function FieldRatioSteps({
  waterPermittivity,
  lipidPermittivity,
  ratio,
}: {
  /** relative permittivities */
  waterPermittivity: number;
  lipidPermittivity: number;
  ratio: number;
}) {
  return (
    <MathBlock>
      <Frac num={<Sub base="E" sub="lipid" />} den={<Sub base="E" sub="water" />} />
      <Op>=</Op>
      <Frac num={<Sub base="ε" sub="r,water" />} den={<Sub base="ε" sub="r,lipid" />} />
      <Op>=</Op>
      <Frac
        num={<Num value={waterPermittivity} options={{ digits: 4 }} />}
        den={<Num value={lipidPermittivity} options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Num value={ratio} options={{ digits: 3 }} />
    </MathBlock>
  );
}
