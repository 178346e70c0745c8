// CODATA 2018 values, SI units. e, N_A and k_B are exact by the 2019 SI definition;
// F and R are their exact products. ε0 is the CODATA 2018 measured value.

/** Elementary charge e, in C. */
export const ELEMENTARY_CHARGE = 1.602176634e-19;
/** Avogadro constant N_A, in 1/mol. */
export const AVOGADRO = 6.02214076e23;
/** Boltzmann constant k_B, in J/K. */
export const BOLTZMANN = 1.380649e-23;
/** Faraday constant F = e·N_A, in C/mol. */
export const FARADAY = ELEMENTARY_CHARGE * AVOGADRO;
/** Molar gas constant R = k_B·N_A, in J/(mol·K). */
export const GAS_CONSTANT = BOLTZMANN * AVOGADRO;
/** Vacuum permittivity ε0, in F/m. */
export const VACUUM_PERMITTIVITY = 8.8541878128e-12;
