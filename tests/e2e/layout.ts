import { expect, type Page } from '@playwright/test';

/** A small phone, held upright. */
export const NARROW = { width: 360, height: 800 };

/**
 * Fails, naming the outermost too-wide elements, if the page scrolls sideways (measured
 * after the next frame, so that a page just resized has laid itself out again).
 */
export async function expectNoHorizontalScroll(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const { scrollWidth, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      // Name the outermost too-wide elements, leaving out those inside a scrolling box.
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width)
      .filter((el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (/auto|scroll|hidden/.test(getComputedStyle(up).overflowX)) return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => {
        const classes = el.getAttribute('class');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${classes ? `.${classes.split(' ').join('.')}` : ''} “${text}”`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  const width = page.viewportSize()?.width ?? NARROW.width;
  expect(scrollWidth, `wider than ${width} px: ${wide.join('; ')}`).toBeLessThanOrEqual(width);
}
