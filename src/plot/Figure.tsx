import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createFigureData } from './createFigureData';
import { ExportToolbar } from './ExportToolbar';
import { FigureDataContext } from './FigureDataContext';
import { PlotContext, type PositionScale } from './PlotContext';
import { PlotDescription } from './PlotDescription';

export type Margin = { top: number; right: number; bottom: number; left: number };

// Left: room for tick labels like "−100" and the rotated axis label, in the projector
// theme's larger type too.
/** How far, in pixels, a line may run past the drawing area: half the thickest line. */
const CLIP_BLEED = 3;

const DEFAULT_MARGIN: Margin = { top: 16, right: 20, bottom: 48, left: 72 };

type FigureProps = {
  /** accessible name of the plot, e.g. "E_K against the concentration ratio" */
  title: string;
  /** a sentence that follows the state; read politely by screen readers */
  description: string;
  /** height in CSS pixels; the width follows the container */
  height?: number;
  margin?: Partial<Margin>;
  /** builds the scales for the inner size, so they always match the drawing area */
  scales: (width: number, height: number) => { x: PositionScale; y: PositionScale };
  children: ReactNode;
};

/**
 * An SVG plot that fills its container's width and redraws when it resizes. It draws at
 * the true pixel size (no viewBox scaling), so lines and text stay crisp at any device
 * pixel ratio. Marks inside read the scales from context, and register their data and
 * axis labels so that buttons under the plot can save it as SVG, PNG or CSV.
 */
export function Figure({
  title,
  description,
  height = 280,
  margin,
  scales,
  children,
}: FigureProps) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  // One registry for the Figure's lifetime; marks write to it without re-rendering.
  const [data] = useState(createFigureData);
  const [width, setWidth] = useState(480);
  const titleId = useId();
  // An id that url(#…) takes as it is: useId's own may hold characters CSS would need escaped.
  const clipId = `plot-clip-${useId().replace(/[^\w-]/g, '')}`;
  const descriptionId = useId();
  const m = { ...DEFAULT_MARGIN, ...margin };

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const innerWidth = Math.max(40, width - m.left - m.right);
  const innerHeight = Math.max(40, height - m.top - m.bottom);
  const frame = {
    ...scales(innerWidth, innerHeight),
    width: innerWidth,
    height: innerHeight,
    clipId,
  };

  return (
    <figure className="plot" ref={box}>
      <svg
        ref={svg}
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>{title}</title>
        <g transform={`translate(${m.left},${m.top})`}>
          {/* Lines leave the drawing area where their values do (the data stays whole for
              the CSV); the clip keeps a line's full width at the edges. */}
          <clipPath id={clipId}>
            <rect
              x={-CLIP_BLEED}
              y={-CLIP_BLEED}
              width={innerWidth + 2 * CLIP_BLEED}
              height={innerHeight + 2 * CLIP_BLEED}
            />
          </clipPath>
          <FigureDataContext.Provider value={data}>
            <PlotContext.Provider value={frame}>{children}</PlotContext.Provider>
          </FigureDataContext.Provider>
        </g>
      </svg>
      <PlotDescription id={descriptionId} text={description} />
      <ExportToolbar title={title} svg={svg} data={data} />
    </figure>
  );
}
