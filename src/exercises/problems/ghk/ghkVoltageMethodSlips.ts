import { ghkVoltage, type PermeantIon } from '../../../physics';
import type { Mistake, SIParams } from '../../ProblemKind';
import { chloride, potassiumAndSodium } from './permeantIons';

/**
 * The resting potential V_m that the wrong pictures of the GHK voltage equation give, for
 * K⁺, Na⁺ and Cl⁻ with permeabilities relative to P_K: Cl⁻ entered as a cation (its inside
 * and outside exchanged), Cl⁻ or Na⁺ left out of the sums, and P_K/P_X used where P_X/P_K
 * belongs. Kinds whose answer is built from V_m map each value on to their own answer.
 */
export function ghkVoltageMethodSlips(p: SIParams): Mistake[] {
  const [potassium, sodium] = potassiumAndSodium(p) as [PermeantIon, PermeantIon];
  const chlorideIon = chloride(p);
  const v = (ions: PermeantIon[]) => ghkVoltage(ions, p.T!);
  const inverted = (ion: PermeantIon) => ({ ...ion, permeability: 1 / ion.permeability });
  return [
    {
      value: v([potassium, sodium, { ...chlorideIon, z: 1 }]),
      code: 'swap',
      note: 'Cl⁻ is an anion: its inside concentration goes in the numerator, its outside one in the denominator.',
    },
    {
      value: v([potassium, sodium]),
      code: 'ion-left-out',
      note: 'Here it is Cl⁻: P_Cl·[Cl⁻] belongs on both sides of the fraction.',
    },
    {
      value: v([potassium, chlorideIon]),
      code: 'ion-left-out',
      note: 'Here it is Na⁺: P_Na·[Na⁺] belongs on both sides of the fraction.',
    },
    {
      value: v([potassium, inverted(sodium), chlorideIon]),
      code: 'inverted-ratio',
      note: 'That uses P_K/P_Na where P_Na/P_K belongs.',
    },
    {
      value: v([potassium, sodium, inverted(chlorideIon)]),
      code: 'inverted-ratio',
      note: 'That uses P_K/P_Cl where P_Cl/P_K belongs.',
    },
  ];
}
