import { useContext, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createFigureData } from './createFigureData';
import { BASE_REM_PX } from './estimatedTextWidth';
import { ExportToolbar } from './ExportToolbar';
import { FigureDataContext } from './FigureDataContext';
import { fittedHeight } from './fittedHeight';
import { FitToScreenContext } from './FitToScreenContext';
import { PlotContext, type Margin, type PositionScale } from './PlotContext';
import { PlotDescription } from './PlotDescription';

/** The margins for type `scale` times the base size, in whole pixels. */
function scaledMargin(margin: Margin, scale: number): Margin {
  return {
    top: Math.round(margin.top * scale),
    right: Math.round(margin.right * scale),
    bottom: Math.round(margin.bottom * scale),
    left: Math.round(margin.left * scale),
  };
}

/** Px a plot that fits the first screen leaves below it, so it does not touch the edge. */
const SCREEN_FOOT = 8;

/** How far, in pixels, a line may run past the drawing area: half the thickest line. */
const CLIP_BLEED = 3;

// For 16 px type. Left: room for tick labels like "−100" and the rotated axis label.
// Top: room for a vertical rule's label above the drawing area.
const DEFAULT_MARGIN: Margin = { top: 22, right: 20, bottom: 48, left: 72 };

type FigureProps = {
  /** accessible name of the plot, e.g. "E_K against the concentration ratio" */
  title: string;
  /** a sentence that follows the state; read politely by screen readers */
  description: string;
  /** height in CSS pixels for 16 px type (it grows with the type); the width follows the container */
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
  // The root font size in px: the projector theme sets larger type, and the margins that
  // hold tick and axis labels grow with it (they are given for 16 px type).
  const remProbe = useRef<HTMLSpanElement>(null);
  const [rem, setRem] = useState(BASE_REM_PX);
  // Px from the plot's top to the bottom of the first screen, where the page asks plots to
  // fit it (a presentation page); null elsewhere.
  const fitToScreen = useContext(FitToScreenContext);
  const [screenRoom, setScreenRoom] = useState<number | null>(null);
  const titleId = useId();
  // An id that url(#…) takes as it is: useId's own may hold characters CSS would need escaped.
  const clipId = `plot-clip-${useId().replace(/[^\w-]/g, '')}`;
  const descriptionId = useId();
  const typeScale = rem / BASE_REM_PX;
  const m = scaledMargin({ ...DEFAULT_MARGIN, ...margin }, typeScale);

  useLayoutEffect(() => {
    const element = box.current;
    const probe = remProbe.current;
    if (!element || !probe) return;
    const measure = () => {
      setWidth(Math.max(200, Math.floor(element.clientWidth)));
      setRem(probe.getBoundingClientRect().width || BASE_REM_PX);
      if (fitToScreen) {
        const top = element.getBoundingClientRect().top + window.scrollY;
        setScreenRoom(window.innerHeight - top - SCREEN_FOOT);
      }
    };
    measure();
    // The probe is 1rem wide, so a theme that changes the type size resizes it. A screen
    // that only grows taller resizes no element: the window says so.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(probe);
    if (fitToScreen) window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [fitToScreen]);

  const innerWidth = Math.max(40, width - m.left - m.right);
  // Taller with larger type, so a rotated axis label still fits beside the plot.
  const outerHeight = fittedHeight(Math.round(height * typeScale), screenRoom);
  const innerHeight = Math.max(40, outerHeight - m.top - m.bottom);
  const frame = {
    ...scales(innerWidth, innerHeight),
    width: innerWidth,
    height: innerHeight,
    clipId,
    typeScale,
    margin: m,
  };

  return (
    // Named by its title, like the drawing: left to itself a figure takes its caption, the
    // long description, as its name, and a screen reader would read that sentence twice.
    <figure className="plot" ref={box} aria-labelledby={titleId}>
      <span className="plot-rem-probe" ref={remProbe} aria-hidden="true" />
      <svg
        ref={svg}
        width={width}
        height={outerHeight}
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
