import { formatNumber, formatQuantity, toSI } from '../../units';
import { useExercise } from './ExerciseContext';

/** One of the exercise's current numbers, with its unit: <Value name="cout" /> → "4 mM". */
export function Value({ name }: { name: string }) {
  const { problem, params } = useExercise();
  const param = problem.params[name];
  const value = params[name];
  if (!param || value === undefined) throw new Error(`${problem.id} has no parameter "${name}"`);
  const text = param.unit
    ? formatQuantity(toSI(value, param.unit), param.unit, { digits: 4 })
    : formatNumber(value, { digits: 4, sign: param.integer });
  return <span className="exercise-value">{text}</span>;
}
