type HintButtonProps = {
  /** how many hints the exercise has */
  count: number;
  /** how many of them the reader has seen */
  shown: number;
  onShowNext: () => void;
};

/** The button that shows an exercise's hints one at a time, and says when none is left. */
export function HintButton({ count, shown, onShowNext }: HintButtonProps) {
  return (
    <button type="button" disabled={shown >= count} onClick={onShowNext}>
      {shown >= count ? 'No more hints' : `Hint ${shown + 1} of ${count}`}
    </button>
  );
}
