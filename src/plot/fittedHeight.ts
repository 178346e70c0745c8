/** A plot is made no shorter than this share of its height to fit the first screen. */
const MIN_FITTED_SHARE = 0.7;

/**
 * A plot's height in px: `designed`, or less so that the plot ends within the first screen
 * when `room` (the px from the plot's top to the bottom of the first screen) is short of it.
 * It gives up no more than 30 % of its height: a plot that would need more (it starts low
 * on the screen, under stacked controls on a phone) keeps its height and is scrolled to.
 * `room` null means nothing asks the plot to fit.
 */
export function fittedHeight(designed: number, room: number | null): number {
  if (room === null || room >= designed) return designed;
  return room >= MIN_FITTED_SHARE * designed ? Math.floor(room) : designed;
}
