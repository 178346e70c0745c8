/**
 * Every mistake the checker can name, as a code: the feedback element carries it as
 * `data-mistake`, and the reader's message is made from it (mistakeWords.ts). One list,
 * so that a translation maps each code once and tests can ask for a diagnosis by name.
 *
 * Slips of calculation:
 * - `sign`: the right size with the wrong sign (E − V_m for V_m − E, outward for inward).
 * - `prefix`: a factor of 1000, a unit prefix slipped (found by the checker itself).
 * - `log-base`: log₁₀ where the formula has ln (a factor 2.303 too small).
 * - `ln-decade`: ln together with the decade slope (61.5 mV per ×10), a factor 2.303 too large.
 * - `celsius`: the temperature in °C where the formula needs kelvin.
 * - `swap`: inside and outside exchanged.
 * - `valence`: the valence left out, or |z| where z² belongs.
 * - `unit`: a unit converted the wrong way or not at all (µF/cm² and F/m², mM and mol/L).
 * - `geometry`: the wrong size of a shape (volume for area, diameter for radius).
 * - `count`: ions per formula unit or per cycle counted wrong.
 * - `step-short`: an intermediate result given as the answer (E itself, not V_m − E).
 * Misconceptions (the wrong picture, not a slip):
 * - `one-ion`: one ion's equilibrium potential where several ions count (E_K for V_m).
 * - `ion-left-out`: an ion that counts left out of the sum.
 * - `inverted-ratio`: a ratio upside down (P_K/P_Na for P_Na/P_K).
 * - `one-pump`: one pump's current or rate where all the cell's pumps count, or the reverse.
 * - `wrong-law`: a related law where another holds (the limiting law for the extended one,
 *   concentrations for activities, the GHK equation where the pump's ratio counts).
 * - `equilibrium`: a steady state taken for an equilibrium (no flux, no energy spent).
 * - `net-flux`: an equilibrium taken for stillness: zero net flux read as no flux at all, or
 *   as a gradient run down (ions still cross both ways, and the gradient stays).
 * - `flux-direction`: an ion taken to flow up its electrochemical gradient, or the wrong way.
 * - `gated-leak`: leak (K2P) channels taken for voltage-gated ones.
 * - `filter-size`: the filter taken to sort ions by size alone, so the smaller ion passes.
 * - `potential-parts`: a part of the electrochemical potential missing or misread.
 * - `pump-energy`: the pump's energy per cycle misjudged (ATP against the gradients' work).
 * - `screening-scale`: the Debye length confused with the size of the cell.
 * - `missing-ions`: an activity coefficient below 1 read as a share of the ions bound or
 *   missing (every ion counts; each is a little stabilised by its ionic atmosphere).
 * - `charge-location`: net charge placed in the bulk solution or in the lipid core, not in
 *   the thin ion clouds at the membrane's faces.
 * - `permittivity`: the permittivity's part misjudged or left out (a larger ε_r weakens the
 *   field of a given charge).
 * - `exp-base` (a slip): e^(…) where the law has 10^(…), as γ from log₁₀ γ.
 * - `formula` (a slip): a term, factor or root of the formula left out or misplaced (the ½
 *   of the ionic strength, the 2 under the Debye length's root, I for √I).
 * - `unweighted`: the equilibrium potentials averaged as if every ion counted equally, where
 *   each counts in proportion to its conductance or permeability.
 */
export const MISTAKE_CODES = [
  'sign',
  'prefix',
  'log-base',
  'ln-decade',
  'celsius',
  'swap',
  'valence',
  'unit',
  'geometry',
  'count',
  'step-short',
  'one-ion',
  'ion-left-out',
  'inverted-ratio',
  'one-pump',
  'wrong-law',
  'equilibrium',
  'net-flux',
  'flux-direction',
  'gated-leak',
  'filter-size',
  'potential-parts',
  'pump-energy',
  'screening-scale',
  'missing-ions',
  'charge-location',
  'permittivity',
  'exp-base',
  'formula',
  'unweighted',
] as const;

export type MistakeCode = (typeof MISTAKE_CODES)[number];
