/**
 * The book's one model neuron: a mammalian neuron soma at 37 °C. Every chapter's prose,
 * every widget's default and every exercise that speaks of "the neuron" take their numbers
 * from here, so that E_K, V_m and the pump's share are the same wherever they appear.
 *
 * - Concentrations, mM: K⁺ 140 in / 4 out, Na⁺ 12 / 145, Cl⁻ 7 / 120, Ca²⁺ 100 nM / 2 mM
 *   (typical mammalian values: Hille, Ion Channels of Excitable Membranes, 3rd ed., table
 *   1.1; the sources give E_K ≈ −95, E_Na ≈ +67, E_Cl ≈ −76 mV, which these reproduce).
 * - Permeabilities relative to K⁺: P_Na/P_K = 0.065, P_Cl/P_K = 0.45. The sources put the
 *   resting potential at −65 to −70 mV. The GHK equation with these ratios gives −65.9 mV;
 *   the pump's net outward current, which the GHK equation leaves out, takes the cell's
 *   steady state 4 mV further, to −69.9 mV (restingCell). Lower P_Na/P_K (1/25 to 1/40,
 *   also quoted) put that steady state below −73 mV, outside the sources' range.
 * - P_K = 5 × 10⁻⁹ m/s, radius 10 µm, C_m = 1 µF/cm²: at −69.9 mV the three leaks' slope
 *   conductance is 0.076 mS/cm² (R_m ≈ 13 kΩ·cm², τ = R_m·C_m ≈ 13 ms), a neuronal membrane.
 */
export const REFERENCE_NEURON = {
  /** K */
  temperature: 310.15,
  /** mM */
  inside: { K: 140, Na: 12, Cl: 7, Ca: 1e-4 },
  /** mM */
  outside: { K: 4, Na: 145, Cl: 120, Ca: 2 },
  /** relative to P_K */
  relativePermeability: { K: 1, Na: 0.065, Cl: 0.45 },
  /** P_K, m/s */
  potassiumPermeability: 5e-9,
  /** m */
  radius: 10e-6,
  /** F/m² */
  specificCapacitance: 0.01,
} as const;
