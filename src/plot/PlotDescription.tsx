import { Subscripted } from '../common/Subscripted';
import { useSettledValue } from '../common/useSettledValue';

/**
 * The plot's text description, for readers who cannot see it. It is shown as a caption
 * and announced politely once it has settled, so dragging a slider does not flood a
 * screen reader. The announcing region sits beside the caption, not in it: inside, the
 * caption's text (which screen readers read in browsing) would hold the sentence twice.
 */
export function PlotDescription({ id, text }: { id: string; text: string }) {
  const announced = useSettledValue(text);
  return (
    <>
      <figcaption className="plot-description" id={id}>
        <Subscripted text={text} />
      </figcaption>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </>
  );
}
