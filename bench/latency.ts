import type { Page } from '@playwright/test';
import { median, percentile } from './measure';

export const STEPS = 100;

/**
 * Records, for each input event, the time until the page's handlers ran, until the next
 * frame, and until the frame that shows the new results (the first frame after the
 * widget's readouts or plots changed; a page that renders its results in the handler
 * shows them in the next frame, one that defers them shows them later).
 */
const PROBE = `
  window.__latency = { handlers: [], frame: [], results: [], longTasks: 0 };
  new PerformanceObserver((list) => { window.__latency.longTasks += list.getEntries().length; })
    .observe({ type: 'longtask' });
  const afterNextFrame = (record) =>
    requestAnimationFrame(() => {
      // A message posted from requestAnimationFrame is handled after that frame was produced.
      const afterFrame = new MessageChannel();
      afterFrame.port1.onmessage = record;
      afterFrame.port2.postMessage(0);
    });
  let pending = null;
  const results = document.querySelector('.widget-results') ?? document.querySelector('svg');
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    afterNextFrame(() => window.__latency.results.push(performance.now() - start));
  }).observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
  // The window's bubbling listener runs after every handler on the page (React listens at
  // its root); a microtask queued there runs after React's own synchronous render, which
  // it queued first.
  // Capturing, so it runs before any handler can change the results.
  window.addEventListener('input', (event) => { pending = event.timeStamp; }, true);
  window.addEventListener('input', (event) => {
    const start = event.timeStamp;
    queueMicrotask(() => window.__latency.handlers.push(performance.now() - start));
    afterNextFrame(() => window.__latency.frame.push(performance.now() - start));
  });
`;

/** Resolves once the results of every input so far were recorded, or after 20 frames. */
const WAIT_FOR_RESULTS = `new Promise((resolve) => {
  let frames = 0;
  const check = () => {
    const { handlers, results } = window.__latency;
    if (results.length >= handlers.length || ++frames > 20) setTimeout(resolve, 0);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

export type Latency = {
  handlersP50: number;
  handlersP95: number;
  frameP50: number;
  frameP95: number;
  resultsP50: number;
  resultsP95: number;
  longTasks: number;
};

/** Steps the page's first slider STEPS times by keyboard and reports the latencies. */
export async function stepSlider(page: Page): Promise<Latency> {
  await page.evaluate(PROBE);
  const slider = page.locator('input[type=range]').first();
  await slider.focus();
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    // The next step waits until this one's results are on screen (or 20 frames passed).
    await page.evaluate(WAIT_FOR_RESULTS);
  }
  await page.waitForTimeout(100);
  const data = await page.evaluate(
    () =>
      (
        window as unknown as {
          __latency: {
            handlers: number[];
            frame: number[];
            results: number[];
            longTasks: number;
          };
        }
      ).__latency,
  );
  return {
    handlersP50: median(data.handlers),
    handlersP95: percentile(data.handlers, 95),
    frameP50: median(data.frame),
    frameP95: percentile(data.frame, 95),
    resultsP50: median(data.results),
    resultsP95: percentile(data.results, 95),
    longTasks: data.longTasks,
  };
}
