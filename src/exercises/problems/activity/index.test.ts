import { testChapterExercises } from '../testing';

/** The chapter's exercises, with their params exactly as 03-activity.mdx writes them. */
testChapterExercises([
  ['ionic-strength', { c: 150, zc: 1, za: -1 }],
  ['ionic-strength', { c: 50, zc: 2, za: -1 }],
  ['ionic-strength', { c: 10, zc: 2, za: -2 }],
  ['gamma-limiting', { z: 1, I: 150 }],
  ['gamma-extended', { z: 1, I: 100, a: 4.5 }],
  ['gamma-davies', { z: 1, I: 100 }],
  ['gamma-davies', { z: 2, I: 150 }],
  ['activity-nernst', { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 }],
  ['activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 }],
  ['activity-shift', { z: 2, gin: 0.3, gout: 0.35, T: 37 }],
  ['activity', { c: 4, gamma: 0.75 }],
]);
