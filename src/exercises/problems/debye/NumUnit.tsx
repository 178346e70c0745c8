import { Num } from '../../math';

/** A number with a unit the unit table does not print (m², m³), in MathML. */
export function NumUnit({
  value,
  unit,
  digits = 4,
}: {
  value: number;
  unit: string;
  digits?: number;
}) {
  return (
    <mrow>
      <Num value={value} options={{ digits }} />
      <mspace width="0.2em" />
      <mtext>{unit}</mtext>
    </mrow>
  );
}
