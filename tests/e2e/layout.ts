import { expect, type Page } from '@playwright/test';

/** A small phone, held upright. */
export const NARROW = { width: 360, height: 800 };

/** The screen most lecture-hall projectors show. */
export const PROJECTOR = { width: 1920, height: 1080 };

/** An older or smaller projector, and many a laptop plugged into one. */
export const SMALL_PROJECTOR = { width: 1280, height: 800 };

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

/**
 * Fails, naming them, if any text of a plot (tick, axis or mark label) reaches more than
 * half a pixel outside its SVG: on the page it would overlap what is beside the plot, and
 * an exported SVG or PNG, which is the SVG's box, would cut it off. Then if a mark's label
 * lies over an axis's text or another label (expectMarkLabelsClear), and if an axis has
 * fewer than two tick labels.
 */
export async function expectLabelsInsidePlots(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('figure.plot svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .map((text) => {
          const r = text.getBoundingClientRect();
          const by = Math.max(
            box.left - r.left,
            r.right - box.right,
            box.top - r.top,
            r.bottom - box.bottom,
          );
          return { text: text.textContent ?? '', by };
        })
        .filter(({ by }) => by > 0.5)
        .map(({ text, by }) => `“${text}” by ${by.toFixed(1)} px`);
    }),
  );
  expect(outside, `plot text outside its plot at ${page.viewportSize()?.width} px`).toEqual([]);
  await expectMarkLabelsClear(page);
  await expectTwoTickLabelsPerAxis(page);
}

/** Fails, naming them, if an axis shows fewer than two tick labels: one gives no scale. */
async function expectTwoTickLabelsPerAxis(page: Page) {
  const bare = await page.evaluate(() =>
    [...document.querySelectorAll('figure.plot svg')].flatMap((svg) =>
      [...svg.querySelectorAll('.axis')]
        .filter((axis) => axis.querySelectorAll('text:not(.axis-label)').length < 2)
        .map(
          (axis) =>
            `${axis.querySelector('.axis-label')?.textContent} in “${svg.querySelector('title')?.textContent}”`,
        ),
    ),
  );
  expect(bare, `axes with fewer than two tick labels at ${page.viewportSize()?.width} px`).toEqual(
    [],
  );
}

/**
 * Fails, naming them, if a mark's label (a point's, a line's, a rule's) overlaps an axis's
 * text (a tick label or the axis label) or another mark's label by more than half a pixel:
 * a value written among the tick labels reads as one of them, and two labels over each
 * other read as neither.
 */
export async function expectMarkLabelsClear(page: Page) {
  const overlaps = await page.evaluate(() =>
    [...document.querySelectorAll('figure.plot svg')].flatMap((svg) => {
      const texts = [...svg.querySelectorAll('text')].filter((text) => text.textContent?.trim());
      const labels = texts.filter((text) => !text.closest('.axis'));
      const overlap = (a: Element, b: Element) => {
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const across = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const down = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        return across > 0.5 && down > 0.5;
      };
      // Each pair once: a label against the axis text and the labels after it.
      return labels.flatMap((label, i) =>
        [...texts.filter((text) => text.closest('.axis')), ...labels.slice(i + 1)]
          .filter((other) => overlap(label, other))
          .map((other) => `“${label.textContent}” over “${other.textContent}”`),
      );
    }),
  );
  expect(overlaps, `plot labels over each other at ${page.viewportSize()?.width} px`).toEqual([]);
}

/**
 * Fails, naming them, if any plot of the page (or its first, with `firstOnly`) is not
 * wholly on the first screen: a lecturer who opens a presentation page should see the
 * plots without scrolling.
 */
export async function expectPlotsOnFirstScreen(page: Page, { firstOnly = false } = {}) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const below = await page.evaluate((firstOnly) => {
    window.scrollTo(0, 0);
    return [...document.querySelectorAll('figure.plot svg')]
      .slice(0, firstOnly ? 1 : undefined)
      .filter((svg) => svg.getBoundingClientRect().bottom > window.innerHeight + 0.5)
      .map((svg) => {
        const name = svg.querySelector('title')?.textContent ?? 'a plot';
        return `“${name}” ends at ${svg.getBoundingClientRect().bottom.toFixed(0)} px`;
      });
  }, firstOnly);
  const height = page.viewportSize()?.height ?? PROJECTOR.height;
  expect(below, `plots below the first ${height} px`).toEqual([]);
}
