/** One kind of ion in a solution: its valence and its concentration in mM. */
export type SaltIon = { z: number; concentration: number };

/** How many of each ion one formula unit of a neutral salt gives: ν₊ = |z₋|, ν₋ = |z₊|, reduced. */
export function stoichiometry(zc: number, za: number): { cations: number; anions: number } {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(Math.abs(zc), Math.abs(za)) || 1;
  return { cations: Math.abs(za) / g, anions: Math.abs(zc) / g };
}

/**
 * The cation and the anion of a neutral salt of valences zc and za dissolved at concentration
 * c (mM), each at ν·c: 50 mM CaCl₂ gives 50 mM Ca²⁺ and 100 mM Cl⁻.
 */
export function saltIons(c: number, zc: number, za: number): [cation: SaltIon, anion: SaltIon] {
  const { cations, anions } = stoichiometry(zc, za);
  return [
    { z: zc, concentration: cations * c },
    { z: za, concentration: anions * c },
  ];
}
