/** The colour of each ion in the plots that draw several (ghk, iv): one ion, one tone. */
export const ION_TONES = {
  K: 'series-1',
  Na: 'series-2',
  Cl: 'series-3',
  Ca: 'series-5',
} as const;
