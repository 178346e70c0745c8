import { createContext, useContext } from 'react';

/** A position scale: data value → pixel, with ticks for its axis. */
export type PositionScale = {
  (value: number): number;
  domain(): number[];
  range(): number[];
  ticks(count?: number): number[];
};

/** Space around a plot's drawing area, in px. */
export type Margin = { top: number; right: number; bottom: number; left: number };

export type PlotFrame = {
  x: PositionScale;
  y: PositionScale;
  /** inner width and height in CSS pixels (inside the margins) */
  width: number;
  height: number;
  /** the id of the clip path around the drawing area, which lines are clipped to */
  clipId: string;
  /** the root type size over 16 px: label offsets given in px grow by it */
  typeScale: number;
  /** the SVG's margins around the drawing area, in px: room for labels beside marks */
  margin: Margin;
};

export const PlotContext = createContext<PlotFrame | null>(null);

/** The scales and size of the Figure a mark is drawn in. */
export function usePlot(): PlotFrame {
  const frame = useContext(PlotContext);
  if (!frame) throw new Error('A plot mark must be drawn inside a <Figure>.');
  return frame;
}
