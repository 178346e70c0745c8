import { Subscripted } from '../controls/Subscripted';
import { useSettledValue } from '../controls/useSettledValue';

/**
 * The plot's text description, for readers who cannot see it. It is shown as a caption
 * and announced politely once it has settled, so dragging a slider does not flood a
 * screen reader.
 */
export function PlotDescription({ id, text }: { id: string; text: string }) {
  const announced = useSettledValue(text);
  return (
    <figcaption className="plot-description">
      <span id={id}>
        <Subscripted text={text} />
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </figcaption>
  );
}
