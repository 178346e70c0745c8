// Physics-agnostic plot primitives: a Figure holds the scales; marks draw in it.
export { Figure } from './Figure';
export { Axis } from './Axis';
export { Line } from './Line';
export { Point } from './Point';
export { Rule } from './Rule';
export { Band } from './Band';
export { Legend } from './Legend';
export { Label } from './Label';
export { fitsInDrawingArea } from './placeLabel';
export { usePlot, type Margin, type PositionScale } from './PlotContext';
export { linearScale, logScale, formatDecade, decadeDomain } from './scales';
export { FitToScreenContext } from './FitToScreenContext';
export { sample, type Curve } from './sample';
