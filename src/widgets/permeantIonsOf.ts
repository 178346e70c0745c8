import type { PermeantIon } from '../physics';
import { IONS, type IonKey } from './ions';
import { numberOf, type WidgetState } from './params';

/** An ion of a GHK widget's state: [X]in and [X]out under `${key}in`, `${key}out`. */
export type PermeantIonKeys = {
  key: IonKey;
  /** the state key of its permeability relative to P_K; null for K⁺ itself (P_K is 1) */
  permeability: string | null;
};

/**
 * The state's ions as the physics core takes them, in the order of `ions`: valence, the two
 * concentrations and the permeability relative to P_K = 1, times `pK` if given (m/s); a
 * tuple of ions gives a tuple of the same length.
 */
export function permeantIonsOf<Ions extends readonly PermeantIonKeys[]>(
  state: WidgetState,
  ions: Ions,
  pK = 1,
): { -readonly [I in keyof Ions]: PermeantIon } {
  return ions.map((ion) => ({
    z: IONS[ion.key].z,
    inside: numberOf(state, `${ion.key}in`),
    outside: numberOf(state, `${ion.key}out`),
    permeability: pK * (ion.permeability ? numberOf(state, ion.permeability) : 1),
  })) as { -readonly [I in keyof Ions]: PermeantIon };
}
