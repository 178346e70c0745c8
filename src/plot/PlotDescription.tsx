import { useEffect, useState } from 'react';

/**
 * The plot's text description, for readers who cannot see it. It is shown as a caption
 * and announced politely; while a slider is dragged the announcement waits until the value
 * has rested for a moment, so a screen reader is not flooded.
 */
export function PlotDescription({ id, text }: { id: string; text: string }) {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 400);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <figcaption className="plot-description">
      <span id={id}>{text}</span>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
    </figcaption>
  );
}
