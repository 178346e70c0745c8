// Exercises: a pure engine (parse, check, diagnose, redraw with a seed) and the components
// chapters use through the MDX tag set.
export { Exercise } from './components/Exercise';
export { Hint } from './components/Hint';
export { Solution } from './components/Solution';
export { Value } from './components/Value';
export { checkAnswer, type CheckResult, type Verdict } from './checkAnswer';
export { useProgress } from './useProgress';
export { Choice } from './components/Choice';
export { Option } from './components/Option';
