import { expect, test } from '@playwright/test';
import { guardPage } from './pageGuards';
import {
  expectNoForbiddenWords,
  hashParams,
  numberParams,
  openWidget,
  outputTexts,
  plotDescription,
  rewrittenUrl,
  settledUrl,
  tabTo,
  WIDGETS,
  widgetStatus,
  type NumberParam,
} from './widgets';

/** Values no URL should be able to break a widget with, and what each must lead to. */
const HOSTILE: { name: string; raw: string; expect: (param: NumberParam) => Expected }[] = [
  { name: 'NaN', raw: 'NaN', expect: (p) => ({ notice: 'Ignored', value: p.default }) },
  {
    name: '1e309 (overflows)',
    raw: '1e309',
    expect: (p) => ({ notice: 'Ignored', value: p.default }),
  },
  { name: 'a negative number', raw: '-5', expect: (p) => clamped(p, -5) },
  {
    name: 'markup',
    raw: '<img src=x onerror=alert(1)>',
    expect: (p) => ({ notice: 'Ignored', value: p.default }),
  },
  {
    name: '5000 characters',
    raw: 'x'.repeat(5000),
    expect: (p) => ({ notice: 'Ignored', value: p.default }),
  },
];

type Expected = { notice: 'Ignored' | 'Adjusted' | null; value: number };

/** A number from a URL is clamped into the range (and rounded for integer parameters). */
function clamped(param: NumberParam, value: number): Expected {
  const inRange = Math.min(param.max, Math.max(param.min, value));
  const result = param.integer ? Math.round(inRange) : inRange;
  return { notice: result === value ? null : 'Adjusted', value: result };
}

for (const widget of WIDGETS) {
  test.describe(`the ${widget.id} widget's URL`, () => {
    test('reproduces a state changed by keyboard when opened in a new page', async ({
      page,
      context,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      const region = await openWidget(page, 'present', widget);
      const sliders = region.getByRole('slider');
      await tabTo(page, sliders.first());
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      if ((await sliders.count()) > 1) {
        await sliders.last().focus();
        await page.keyboard.press('ArrowLeft');
      }
      const outputs = await outputTexts(region);
      const fields = await region
        .getByRole('textbox')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      const plot = await plotDescription(region);

      await page.waitForTimeout(400);
      const url = await settledUrl(page);
      expect(url).toContain(`#/present/${widget.id}?`);

      const copy = await context.newPage();
      const copyGuard = guardPage(copy, baseURL);
      await copy.goto(url);
      const copyRegion = copy.getByRole('region', { name: widget.title, exact: true });
      await expect(copyRegion.locator('output').first()).toBeVisible();
      expect(await outputTexts(copyRegion)).toEqual(outputs);
      expect(
        await copyRegion
          .getByRole('textbox')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
      ).toEqual(fields);
      expect(await plotDescription(copyRegion)).toBe(plot);
      await expect(widgetStatus(copyRegion)).toHaveText('');
      guard.check(testInfo);
      copyGuard.check(testInfo);
    });

    test('ignores unknown keys silently', async ({ page, baseURL }, testInfo) => {
      const guard = guardPage(page, baseURL);
      const defaults = await outputTexts(await openWidget(page, 'present', widget));
      const region = await openWidget(
        page,
        'present',
        widget,
        'foo=1&bar=%3Cscript%3Ealert(1)%3C%2Fscript%3E&__proto__=1&constructor=x',
      );
      expect(await outputTexts(region)).toEqual(defaults);
      await expect(widgetStatus(region)).toHaveText('');
      await expect(page.locator('script:not([src]):not([type])')).toHaveCount(0);
      guard.check(testInfo);
    });

    test('falls back or clamps hostile values of every number key, with a notice and no markup', async ({
      page,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      const params = numberParams(widget);
      // Each URL gives every number key a hostile value, a different one per key (each key
      // is decoded on its own and gets its own notice), until every kind has been tried.
      // The decoder itself is unit-tested with every kind on every key (urlState.test.ts).
      const rounds = Math.ceil(HOSTILE.length / Math.min(params.length, HOSTILE.length));
      for (let round = 0; round < rounds; round++) {
        const given = params.map(
          (param, i) => [param, HOSTILE[(i + round * params.length) % HOSTILE.length]!] as const,
        );
        const query = given
          .map(([param, hostile]) => `${param.key}=${encodeURIComponent(hostile.raw)}`)
          .join('&');
        const region = await openWidget(page, 'present', widget, query);
        const status = widgetStatus(region);
        const written = hashParams(await rewrittenUrl(page, widget));
        for (const [param, hostile] of given) {
          const context = `${param.key}=${hostile.name}`;
          const expected = hostile.expect(param);
          if (expected.notice) {
            await expect(status, context).toContainText(`${expected.notice} “${param.key}”`);
          } else {
            await expect(status, context).not.toContainText(`“${param.key}”`);
          }
          // The state the page settled on, as its URL now writes it.
          const value = Number(written.get(param.key));
          expect(
            Math.abs(value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value)),
            `${context}: the URL now holds ${param.key}=${written.get(param.key)}, expected ${expected.value}`,
          ).toBe(true);
        }
        // Nothing from the URL is shown or rendered as markup.
        await expect(page.locator('img'), query).toHaveCount(0);
        const notice = (await status.textContent()) ?? '';
        expect(notice, query).not.toContain('<');
        expect(notice, query).not.toContain('xxxxxxxx');
        expect(notice.length, query).toBeLessThan(200 * params.length);
        await expectNoForbiddenWords(page, query.slice(0, 200));
      }
      guard.check(testInfo);
    });
  });
}

test('a present page follows its address when the state in it is edited', async ({
  page,
  baseURL,
}, testInfo) => {
  // An instructor edits the link in the address bar (a hash-only change of an open page).
  const widget = WIDGETS.find((w) => w.id === 'nernst') ?? WIDGETS[0]!;
  const param = numberParams(widget).find((p) => !p.integer) ?? numberParams(widget)[0]!;
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', widget);
  const before = await outputTexts(region);
  const other = param.default === param.max ? param.min : param.max;
  await page.goto(`./#/present/${widget.id}?${param.key}=${other}`);
  await page.waitForTimeout(400);
  // Either the widget shows the new state, or the address goes back to what is shown:
  // never a link that disagrees with the screen.
  const shown = await outputTexts(region);
  const written = hashParams(page.url()).get(param.key);
  expect(
    shown.join('\n') !== before.join('\n') || Number(written) === param.default,
    `the address says ${param.key}=${written} but the widget still shows ${param.key}=${param.default}`,
  ).toBe(true);
  guard.check(testInfo);
});
