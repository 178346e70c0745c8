import type { MistakeCode } from './mistakeCodes';

// The words of the checker's verdicts, in English: one place a translation replaces.

/** What each diagnosed mistake is called, the first sentence of its message. */
export const MISTAKE_WORDS: Readonly<Record<MistakeCode, string>> = {
  sign: 'The sign is wrong.',
  prefix: 'Off by a factor of 1000: check the unit prefix.',
  'log-base': 'That uses log₁₀ where the equation has ln.',
  'ln-decade': 'That mixes ln with the tenfold slope: use ln with RT/zF, or log₁₀ with the slope.',
  celsius: 'That uses the temperature in °C where the equation needs kelvin.',
  swap: 'Inside and outside are exchanged.',
  valence: 'The valence is not taken into account.',
  unit: 'A unit is converted the wrong way.',
  geometry: 'The size of the shape is wrong.',
  count: 'The ions are counted wrong.',
  'step-short': 'That is a step of the way, not the answer.',
  'one-ion': 'That is one ion’s equilibrium potential, but several ions count here.',
  'ion-left-out': 'An ion that counts is left out.',
  'inverted-ratio': 'The ratio is upside down.',
  'one-pump': 'That mixes one pump with all of the cell’s pumps.',
  'wrong-law': 'That is a different law from the one that holds here.',
  equilibrium: 'That treats a steady state as an equilibrium.',
  'net-flux': 'At equilibrium only the net flux is zero.',
  'flux-direction': 'The ion flows the other way.',
  'gated-leak': 'Leak channels are not gated by voltage.',
  'filter-size': 'The filter does not sort ions by size alone.',
  'potential-parts': 'A part of the electrochemical potential is missing.',
  'pump-energy': 'The pump’s energy budget is misjudged.',
  'screening-scale': 'The screening length is confused with the size of the cell.',
  'missing-ions':
    'An activity coefficient below 1 does not mean that some ions are missing or bound.',
  'charge-location':
    'Net charge does not sit there: it sits in thin ion clouds at the membrane’s faces.',
  permittivity: 'A larger permittivity weakens the field of a given charge.',
  'exp-base': 'That raises e to the power where the law raises 10.',
  formula: 'A term or factor of the formula is left out or misplaced.',
  unweighted: 'Each ion counts in proportion to its conductance, not equally.',
};

/** The checker's other verdicts' messages. */
export const CHECK_WORDS = {
  correct: 'Correct.',
  close: 'Close, but outside the tolerance: carry more digits through the calculation.',
  incorrect: 'Not quite. Try a hint, or work through the steps again.',
  emptyAnswer: (expected: string) => `Type an answer first: ${expected}.`,
  unreadable: (reason: string, expected: string) => `${reason} Expected ${expected}.`,
  prefixReads: (shown: string) => `Your answer reads as ${shown}.`,
  bareNumber: (unit: string) => `A number without a unit is read in ${unit}.`,
  chooseFirst: 'Choose an answer first.',
} as const;
