import { ionicStrength } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { concentration, distinct } from '../shared';
import { IonicStrengthSteps } from './IonicStrengthSteps';
import { saltIons } from './saltIons';

// The ionic strength I = ½ Σ c z² of a salt solution: c in mM, the valences pure numbers.

const ionsOf = (p: SIParams) => saltIons(p.c!, p.zc!, p.za!);

/** The numbers the worked solution shows: each ion's valence and concentration, and I. */
export function ionicStrengthWorking(p: SIParams, strength: number) {
  const [cation, anion] = ionsOf(p);
  return { cation, anion, strength };
}

export const ionicStrengthProblem: ProblemKind = {
  id: 'ionic-strength',
  params: {
    c: concentration('salt concentration', 1, 200),
    zc: { label: 'cation valence', unit: '', integer: true },
    za: { label: 'anion valence', unit: '', integer: true },
  },
  answer: { label: 'I', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  solve: (p) => ionicStrength(ionsOf(p)),
  mistakes: (p, strength) => {
    const sumCz = ionsOf(p).reduce((sum, ion) => sum + ion.concentration * Math.abs(ion.z), 0);
    return distinct(
      [
        { value: 2 * strength, code: 'formula', note: 'The ½ in front is missing: I = ½ Σ c z².' },
        {
          value: 0.5 * sumCz,
          code: 'valence',
          note: 'The definition has z², not |z|: a divalent ion counts four times, not twice.',
        },
        {
          value: 0.5 * p.c! * (p.zc! * p.zc! + p.za! * p.za!),
          code: 'count',
          note: 'Check how many of each ion one formula unit of the salt gives (CaCl₂ gives two Cl⁻).',
        },
        {
          value: p.c!,
          code: 'valence',
          note: 'That is the salt concentration. The ionic strength counts every ion with its z²; it equals c only for a 1:1 salt.',
        },
      ],
      strength,
    );
  },
  // The words: I is a fixed multiple of the salt concentration (c for NaCl, 3c for CaCl₂,
  // 4c for MgSO₄), whatever c is.
  story: (p) => ({ multipleOfSalt: Math.round((100 * ionicStrength(ionsOf(p))) / p.c!) / 100 }),
  steps: (p, strength) => <IonicStrengthSteps {...ionicStrengthWorking(p, strength)} />,
};
