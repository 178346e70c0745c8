import type { Browser, CDPSession } from '@playwright/test';
import { withBenchPage } from './context';

/**
 * Moves the first slider back and forth `n` times the way its input event arrives from
 * a drag (the value set, then an input event), yielding to the event loop every ten steps
 * and waiting at the end for debounced work (URL, announcements) to finish.
 */
const stepInPage = (n: number) => `(async () => {
  const slider = document.querySelector('input[type=range]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const min = Number(slider.min), max = Number(slider.max);
  for (let i = 0; i < ${n}; i++) {
    const k = i % 100;
    setValue.call(slider, String(min + ((max - min) * (k < 50 ? k : 100 - k)) / 50));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
})()`;

/** The JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

export type HeapFigures = {
  firstRenderMb: number;
  after500StepsMb: number;
  after2000StepsMb: number;
  /** after2000 − after500: what 1500 more steps left behind */
  growthMb: number;
};

/** The heap of a page with a slider at first render, after 500 steps and after 2000. */
export function sliderHeap(browser: Browser, url: string): Promise<HeapFigures> {
  return withBenchPage(browser, async (page, cdp) => {
    await page.goto(url);
    await page.locator('input[type=range]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const firstRenderMb = await heapAfterGc(cdp);
    await page.evaluate(stepInPage(500));
    const after500StepsMb = await heapAfterGc(cdp);
    await page.evaluate(stepInPage(1500));
    const after2000StepsMb = await heapAfterGc(cdp);
    return {
      firstRenderMb,
      after500StepsMb,
      after2000StepsMb,
      growthMb: after2000StepsMb - after500StepsMb,
    };
  });
}

/** The heap at first render of a page without a slider (the contents). */
export function pageHeap(browser: Browser, url: string): Promise<number> {
  return withBenchPage(browser, async (page, cdp) => {
    await page.goto(url);
    // The contents page is a chunk loaded on demand: wait for it before the network rests.
    await page.locator('main#main').waitFor();
    await page.waitForLoadState('networkidle');
    return heapAfterGc(cdp);
  });
}

/**
 * The run-down widget animating ten simulated minutes (Play at 60 simulated seconds per
 * second, for ten seconds): heap at first render and after.
 */
export function rundownHeap(browser: Browser, base: string) {
  return withBenchPage(browser, async (page, cdp) => {
    await page.goto(`${base}#/present/rundown?speed=60`);
    const play = page.getByRole('button', { name: 'Play' });
    await play.waitFor();
    const firstRenderMb = await heapAfterGc(cdp);
    await play.click();
    await page.waitForTimeout(10_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    return { firstRenderMb, afterTenSimulatedMinutesMb: await heapAfterGc(cdp) };
  });
}
