import { FARADAY, GAS_CONSTANT } from './constants';
import { checkGradient, type IonGradient } from './ion';
import { logRatio } from './logRatio';
import { finite, finiteResult, positive } from './validate';

/**
 * The chemical free energy of moving one mole of the ion from outside to inside, in J/mol:
 * ΔG_chem = RT·ln(c_in/c_out). Positive when the ion moves up its gradient
 * (K⁺ 145 mM in, 4 mM out, 310 K: +9.25 kJ/mol, the least work to pump it in).
 */
export function chemicalFreeEnergy(ion: IonGradient, temperature: number): number {
  const fn = 'chemicalFreeEnergy';
  checkGradient(fn, ion);
  positive(fn, 'temperature', temperature, 'K');
  return finiteResult(
    fn,
    'temperature',
    GAS_CONSTANT * temperature * logRatio(ion.inside, ion.outside),
  );
}

/**
 * The electrochemical free energy of moving one mole from outside to inside across a
 * membrane at V_m = V_in − V_out, in J/mol: ΔG = RT·ln(c_in/c_out) + z·F·V_m.
 * It is zero exactly at the Nernst potential; negative means inward movement is downhill.
 */
export function electrochemicalFreeEnergy(
  ion: IonGradient,
  voltage: number,
  temperature: number,
): number {
  const fn = 'electrochemicalFreeEnergy';
  checkGradient(fn, ion);
  finite(fn, 'voltage', voltage, 'V');
  positive(fn, 'temperature', temperature, 'K');
  const chemical = GAS_CONSTANT * temperature * logRatio(ion.inside, ion.outside);
  return finiteResult(fn, 'voltage and temperature', chemical + ion.z * FARADAY * voltage);
}
