import { toSuperscript } from '../units/superscript';

/** The ions the widgets offer, with their valence and how they are written. */
export const IONS = {
  K: { label: 'K⁺', name: 'potassium', z: 1 },
  Na: { label: 'Na⁺', name: 'sodium', z: 1 },
  Cl: { label: 'Cl⁻', name: 'chloride', z: -1 },
  Ca: { label: 'Ca²⁺', name: 'calcium', z: 2 },
} as const;

export type IonKey = keyof typeof IONS;

export const ION_CHOICES = [
  ...Object.entries(IONS).map(([value, ion]) => ({ value, label: ion.label })),
  { value: 'custom', label: 'Custom z' },
] as const;

/** Whether `ion` names one of the offered ions ('custom' does not). */
export function isIonKey(ion: string): ion is IonKey {
  return ion in IONS;
}

/** How an ion is written: its symbol, or "X" with its charge for a custom valence. */
export function ionLabel(ion: string, z: number): string {
  if (isIonKey(ion)) return IONS[ion].label;
  const magnitude = Math.abs(z) === 1 ? '' : toSuperscript(Math.abs(z));
  return `X${magnitude}${z > 0 ? '⁺' : '⁻'}`;
}

/** The valence of a named ion, or undefined for 'custom'. */
export function ionValence(ion: string): number | undefined {
  return isIonKey(ion) ? IONS[ion].z : undefined;
}
