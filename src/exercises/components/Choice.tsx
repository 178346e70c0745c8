import {
  Children,
  isValidElement,
  useId,
  useState,
  type FormEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { chooseOption, type ChoiceResult } from '../chooseOption';
import { updateExercise, useProgress } from '../useProgress';
import { Feedback } from './Feedback';
import { Hint } from './Hint';
import { HintButton } from './HintButton';
import { Option, type OptionProps } from './Option';

type ChoiceProps = { id: string; children?: ReactNode };

/**
 * A self-checking exercise whose answer is one of its <Option>s: the question is its
 * prose, the options a radio group, and the verdict names the misconception behind a
 * wrong option (data-mistake) and says why, as a numeric exercise's does.
 */
export function Choice({ id, children }: ChoiceProps) {
  const name = useId();
  const { progress } = useProgress();
  const saved = progress.exercises[id];
  const [picked, setPicked] = useState<number | null>(null);
  const [result, setResult] = useState<ChoiceResult | null>(null);
  const [hintsShown, setHintsShown] = useState(0);

  const parts = Children.toArray(children);
  const options = parts.filter(
    (child): child is ReactElement<OptionProps> => isValidElement(child) && child.type === Option,
  );
  const hints = parts.filter((child) => isValidElement(child) && child.type === Hint);
  const question = parts.filter(
    (child) => !options.includes(child as never) && !hints.includes(child),
  );

  const check = (event: FormEvent) => {
    event.preventDefault();
    const outcome = chooseOption(
      options.map((option) => option.props),
      picked,
    );
    setResult(outcome);
    if (outcome.verdict === 'correct') updateExercise(id, { solved: true, set: 0 });
  };

  return (
    <section
      className="exercise"
      data-exercise={id}
      data-kind="choice"
      aria-label="Exercise: choose an answer"
    >
      <div className="exercise-question">{question}</div>
      <form className="exercise-form" onSubmit={check}>
        <fieldset className="exercise-options">
          <legend>Your answer</legend>
          {options.map((option, index) => (
            <label key={index} className="exercise-option">
              <input
                type="radio"
                name={name}
                checked={picked === index}
                onChange={() => {
                  setPicked(index);
                  setResult(null);
                }}
              />{' '}
              <span>{option.props.children}</span>
            </label>
          ))}
        </fieldset>
        <div className="exercise-row">
          <button type="submit">Check</button>
        </div>
      </form>
      <Feedback result={result} idle={saved?.solved ? 'Solved before. Try it again.' : ''} />
      {hints.length > 0 && (
        <div className="exercise-actions">
          <HintButton
            count={hints.length}
            shown={hintsShown}
            onShowNext={() => setHintsShown(hintsShown + 1)}
          />
        </div>
      )}
      {hintsShown > 0 && <div className="hints">{hints.slice(0, hintsShown)}</div>}
    </section>
  );
}
