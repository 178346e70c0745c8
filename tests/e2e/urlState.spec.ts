import { expect, test, type Locator } from '@playwright/test';
import { guardPage } from './pageGuards';
import {
  expectNoForbiddenWords,
  hashParams,
  numberParams,
  openWidget,
  outputTexts,
  plotDescription,
  rewrittenUrl,
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
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('ignores unknown keys silently, reproduces a state changed by keyboard in a new page, and falls back or clamps hostile values of every number key, with a notice and no markup', async ({
      page,
      context,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      const region = await openWidget(
        page,
        'present',
        widget,
        'foo=1&bar=%3Cscript%3Ealert(1)%3C%2Fscript%3E&__proto__=1&constructor=x',
      );

      await test.step('ignores unknown keys silently', async () => {
        // The page writes its whole state into its URL: every key at its default, and
        // nothing else.
        const written = hashParams(await rewrittenUrl(page, widget));
        expect([...written.keys()].sort()).toEqual(widget.params.map((p) => p.key).sort());
        for (const param of widget.params) {
          const value = written.get(param.key);
          const atDefault =
            param.kind === 'number'
              ? sameNumber(Number(value), param.default)
              : value === param.default;
          expect(
            atDefault,
            `the URL now holds ${param.key}=${value}, expected ${param.default}`,
          ).toBe(true);
        }
        await expect(widgetStatus(region)).toHaveText('');
        await expect(page.locator('script:not([src]):not([type])')).toHaveCount(0);
      });

      await test.step('reproduces a state changed by keyboard when opened in a new page', async () => {
        const sliders = region.getByRole('slider');
        await tabTo(page, sliders.first());
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        if ((await sliders.count()) > 1) {
          await sliders.last().focus();
          await page.keyboard.press('ArrowLeft');
        }
        const outputs = await outputTexts(region);
        const fields = await fieldValues(region);
        const plot = await plotDescription(region);

        // "Copy link" gives the state on screen at once; the address follows it (debounced).
        await region.getByRole('button', { name: 'Copy link' }).click();
        await expect(widgetStatus(region)).toHaveText('Link copied.');
        const link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toContain(`#/present/${widget.id}?`);
        await expect.poll(() => page.url()).toBe(link);

        const copy = await context.newPage();
        const copyGuard = guardPage(copy, baseURL);
        const copyRegion = await openWidget(copy, 'present', widget, link.split('?')[1]);
        expect(await outputTexts(copyRegion)).toEqual(outputs);
        expect(await fieldValues(copyRegion)).toEqual(fields);
        expect(await plotDescription(copyRegion)).toBe(plot);
        await expect(widgetStatus(copyRegion)).toHaveText('');
        copyGuard.check(testInfo);
        await copy.close();
      });

      await test.step('falls back or clamps hostile values of every number key, with a notice and no markup', async () => {
        const params = numberParams(widget);
        // Each URL gives every number key a hostile value, a different one per key (each
        // key is decoded on its own and gets its own notice), until every kind has been
        // tried. The decoder itself is unit-tested with every kind on every key
        // (urlState.test.ts).
        const rounds = Math.ceil(HOSTILE.length / Math.min(params.length, HOSTILE.length));
        for (let round = 0; round < rounds; round++) {
          const given = params.map(
            (param, i) => [param, HOSTILE[(i + round * params.length) % HOSTILE.length]!] as const,
          );
          const query = given
            .map(([param, hostile]) => `${param.key}=${encodeURIComponent(hostile.raw)}`)
            .join('&');
          const hostileRegion = await openWidget(page, 'present', widget, query);
          const status = widgetStatus(hostileRegion);
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
              sameNumber(value, expected.value),
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
      });
      guard.check(testInfo);
    });
  });
}

/** Whether a number read from a URL is the one expected (to the URL's precision). */
function sameNumber(value: number, expected: number): boolean {
  return Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The values of the widget's number fields, as shown. */
function fieldValues(region: Locator): Promise<string[]> {
  return region
    .getByRole('textbox')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
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
  // Either the widget shows the new state, or the address goes back to what is shown:
  // never a link that disagrees with the screen.
  const agrees = async () => {
    const shown = await outputTexts(region);
    const written = hashParams(page.url()).get(param.key);
    return shown.join('\n') !== before.join('\n') || Number(written) === param.default;
  };
  await expect
    .poll(agrees, {
      message: `the address says ${param.key}=${other} but the widget still shows ${param.key}=${param.default}`,
    })
    .toBe(true);
  guard.check(testInfo);
});
