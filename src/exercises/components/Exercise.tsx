import {
  Children,
  isValidElement,
  Suspense,
  useContext,
  useId,
  useMemo,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { Subscripted } from '../../common/Subscripted';
import { formatQuantity } from '../../units';
import { answerSpec } from '../answerSpec';
import { checkAnswer, type CheckResult } from '../checkAnswer';
import { numbersForSet, paramsToSI, type DisplayParams } from '../redraw';
import { useProblemKind } from '../useProblemKind';
import { updateExercise, useProgress } from '../useProgress';
import { ExerciseContext } from './ExerciseContext';
import { Feedback } from './Feedback';
import { PrintSolutionsContext } from './PrintSolutionsContext';
import { Hint } from './Hint';
import { HintButton } from './HintButton';
import { Solution } from './Solution';

type ExerciseProps = {
  id: string;
  problem: string;
  params: DisplayParams;
  vary?: readonly string[];
  children?: ReactNode;
};

/**
 * A self-checking exercise. Its prose is the question; <Hint>s are revealed one at a time;
 * the <Solution>'s reasoning is followed by the steps with the reader's numbers and the
 * answer (in an element with data-answer). The answer comes from the physics core through
 * the problem kind; "New numbers" moves to the next seeded set of numbers.
 */
export function Exercise(props: ExerciseProps) {
  // Its own boundary: the chapter shows without waiting for the problem kinds, and every
  // exercise's kind loads at once rather than one after another.
  return (
    <Suspense fallback={<p className="loading">Loading the exercise…</p>}>
      <ExerciseOfKind {...props} />
    </Suspense>
  );
}

function ExerciseOfKind({ id, problem: problemId, params, vary = [], children }: ExerciseProps) {
  const problem = useProblemKind(problemId, id);
  const inputId = useId();
  const { progress } = useProgress();
  const saved = progress.exercises[id];
  const [set, setSet] = useState(saved?.set ?? 0);
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckResult | null>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const printedSolutions = useContext(PrintSolutionsContext);

  const display = useMemo(
    () => numbersForSet(problem, id, params, vary, set),
    [problem, id, params, vary, set],
  );
  const si = useMemo(() => paramsToSI(problem, display), [problem, display]);
  const answer = useMemo(() => problem.solve(si), [problem, si]);
  const answerText = formatQuantity(answer, problem.answer.unit, problem.answer.format);

  const parts = Children.toArray(children);
  const hints = parts.filter((child) => isValidElement(child) && child.type === Hint);
  const solution = parts.find((child) => isValidElement(child) && child.type === Solution);
  const question = parts.filter((child) => !hints.includes(child) && child !== solution);

  // The solution's reasoning, its steps with these numbers, and the answer; the copy
  // printed at the chapter's end does not carry the data-answer mark the page is read by.
  const worked = (marked: boolean) => (
    <>
      {solution}
      <div className="solution-steps">{problem.steps(si, answer)}</div>
      <p className="solution-answer">
        Answer: {marked ? <span data-answer>{answerText}</span> : answerText}
      </p>
    </>
  );

  const check = (event: FormEvent) => {
    event.preventDefault();
    const outcome = checkAnswer(text, answerSpec(problem, si, answer));
    setResult(outcome);
    if (outcome.verdict === 'correct') updateExercise(id, { solved: true, set });
  };

  const newNumbers = () => {
    const next = set + 1;
    setSet(next);
    setText('');
    setResult(null);
    updateExercise(id, { solved: saved?.solved ?? false, set: next });
  };

  return (
    <ExerciseContext.Provider value={{ problem, params: display }}>
      <section
        className="exercise"
        data-exercise={id}
        aria-label={`Exercise: ${problem.answer.label}`}
      >
        <div className="exercise-question">{question}</div>
        <form className="exercise-form" onSubmit={check}>
          <label htmlFor={inputId}>
            Your answer (<Subscripted text={problem.answer.label} />
            {problem.answer.unit ? `, in ${problem.answer.unit}` : ', a pure number'})
          </label>
          <div className="exercise-row">
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit">Check</button>
          </div>
        </form>
        <Feedback
          result={result}
          idle={saved?.solved ? 'Solved before. Try it again, or take new numbers.' : ''}
        />
        <div className="exercise-actions">
          {hints.length > 0 && (
            <HintButton
              count={hints.length}
              shown={hintsShown}
              onShowNext={() => setHintsShown(hintsShown + 1)}
            />
          )}
          {vary.length > 0 && (
            <button type="button" onClick={newNumbers}>
              New numbers
            </button>
          )}
        </div>
        {hintsShown > 0 && <div className="hints">{hints.slice(0, hintsShown)}</div>}
        <details className="solution">
          <summary>Worked solution</summary>
          {worked(true)}
        </details>
        {printedSolutions &&
          createPortal(
            <section className="print-solution" data-solution-of={id}>
              <h3>
                <Subscripted text={problem.answer.label} />
              </h3>
              {worked(false)}
            </section>,
            printedSolutions,
          )}
      </section>
    </ExerciseContext.Provider>
  );
}
