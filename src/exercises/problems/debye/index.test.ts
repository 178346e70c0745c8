import { testChapterExercises } from '../testing';

/** The chapter's exercises, with their params exactly as 04-debye.mdx writes them. */
testChapterExercises([
  ['debye-length', { I: 150, T: 37, er: 74.15 }],
  ['debye-length', { I: 1, T: 20, er: 80 }],
  ['membrane-field', { V: -70, d: 5 }],
  ['membrane-field', { V: 500, d: 5 }],
  ['field-ratio', { erWater: 80, erLipid: 2 }],
  ['membrane-capacitance', { er: 2, d: 5 }],
  ['membrane-capacitance', { er: 2, d: 100 }],
  ['ions-to-charge', { r: 10, C: 1, V: -70, z: 1 }],
  ['charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 }],
  ['charge-fraction', { r: 0.5, C: 1, V: -70, z: 1, c: 140 }],
]);
