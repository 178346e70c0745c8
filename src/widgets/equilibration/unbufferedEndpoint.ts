import { nernstPotential, thermalVoltage, type IonGradient } from '../../physics';

/** Halvings of the interval 0…E: |E|·2⁻⁵⁰, below 10⁻¹⁵ V for any E the widget reaches. */
const HALVINGS = 50;

/** Where V_m stops when the inside concentration is left to follow the ions that cross. */
export type UnbufferedEndpoint = {
  /** V, between 0 and E */
  voltage: number;
  /** the inside concentration there, mM */
  inside: number;
};

/**
 * Where V_m stops if nothing holds the inside concentration: no buffer, the outside a bath
 * too large to change. Charging the membrane to V moves C·A·V/(zF) moles into the cell (out
 * of it if negative), a share of those inside proportional to V: f·|V|/|E|, with f =
 * `fractionAtE` the share that charging to E takes (sphericalCellCharge's fraction). Ions
 * enter when zV > 0, so c_in(V) = c_in·(1 + sign(z)·f·V/|E|), and its Nernst potential is
 * E(c_in(V)) = E + (RT/zF)·ln(c_in/c_in(V)). V stops where V = E(c_in(V)). Along 0 → E the
 * changed inside pulls E(c_in(V)) back toward 0 while V moves out to E, so E(c_in(V)) − V
 * changes sign once: bisection finds the root. A cell emptied before the root (c_in(V) ≤ 0)
 * is past it.
 */
export function unbufferedEndpoint(
  ion: IonGradient,
  temperature: number,
  fractionAtE: number,
): UnbufferedEndpoint {
  const e = nernstPotential(ion, temperature);
  if (e === 0) return { voltage: 0, inside: ion.inside };
  const risePerVolt = (Math.sign(ion.z) * fractionAtE) / Math.abs(e);
  const slope = thermalVoltage(temperature) / ion.z;
  const insideAt = (voltage: number) => ion.inside * (1 + risePerVolt * voltage);
  const pastEndpoint = (voltage: number) => {
    const inside = insideAt(voltage);
    return inside <= 0 || (e + slope * Math.log(ion.inside / inside) - voltage) * e <= 0;
  };
  let [short, past] = [0, e];
  for (let i = 0; i < HALVINGS; i++) {
    const middle = (short + past) / 2;
    if (pastEndpoint(middle)) past = middle;
    else short = middle;
  }
  return { voltage: short, inside: insideAt(short) };
}
