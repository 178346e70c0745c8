import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { guardPage } from './pageGuards';
import { mainOutput, openWidget, WIDGETS, widgetRegion } from './widgets';

/** The index of the pressed preset button, or −1. */
async function pressedIndex(group: Locator): Promise<number> {
  const states = await group
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-pressed')));
  return states.indexOf('true');
}

for (const widget of WIDGETS) {
  test(`${widget.id}: Page Down / Page Up and N / P step through the presets, R goes back to the start`, async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL);
    const region = await openWidget(page, 'present', widget);
    const group = region.getByRole('group', { name: 'Presets' });
    const count = widget.presets.length;
    const output = mainOutput(region);
    const start = await output.textContent();
    const before = await pressedIndex(group);
    const first = before < 0 ? 0 : (before + 1) % count;

    await page.keyboard.press('PageDown');
    await expect.poll(() => pressedIndex(group)).toBe(first);
    await expect(region.getByRole('status').first()).toContainText(
      `Preset ${first + 1} of ${count}: ${widget.presets[first]!.label}`,
    );
    await page.keyboard.press('n');
    await expect.poll(() => pressedIndex(group)).toBe((first + 1) % count);
    await page.keyboard.press('p');
    await expect.poll(() => pressedIndex(group)).toBe(first);
    await page.keyboard.press('PageUp');
    await expect.poll(() => pressedIndex(group)).toBe((first - 1 + count) % count);

    await page.keyboard.press('r');
    await expect(output).toHaveText(start ?? '');
    await expect.poll(() => pressedIndex(group)).toBe(before);
    guard.check(testInfo);
  });
}

const nernst = WIDGETS.find((widget) => widget.id === 'nernst')!;

test('the shortcut list opens with ?, closes with Escape, and letter shortcuts can be switched off for good', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', nernst);
  const group = region.getByRole('group', { name: 'Presets' });

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toHaveCount(7);
  const axe = await new AxeBuilder({ page })
    .include('.shortcut-help')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await help.getByRole('checkbox', { name: /Single-letter shortcuts/ }).uncheck();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();

  const before = await pressedIndex(group);
  await page.keyboard.press('n');
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
  expect(await pressedIndex(group)).toBe(before);
  await page.keyboard.press('PageDown');
  await expect.poll(() => pressedIndex(group)).not.toBe(before);

  await page.reload();
  await expect(mainOutput(widgetRegion(page, nernst))).toBeVisible();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help.getByRole('checkbox', { name: /Single-letter shortcuts/ })).not.toBeChecked();
  guard.check(testInfo);
});

test('T cycles the theme from projector to light to the system’s, and the Theme menu follows', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  await openWidget(page, 'present', nernst);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  const root = page.locator('html');
  await expect(theme).toHaveValue('projector');
  await expect(root).toHaveAttribute('data-theme', 'projector');
  await page.keyboard.press('t');
  await expect(theme).toHaveValue('light');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('t');
  await expect(theme).toHaveValue('auto');
  await expect(root).not.toHaveAttribute('data-theme');
  await page.keyboard.press('t');
  await expect(theme).toHaveValue('projector');
  guard.check(testInfo);
});

test('F asks for full screen and says what happened', async ({ page, baseURL }, testInfo) => {
  const guard = guardPage(page, baseURL);
  await openWidget(page, 'present', nernst);
  await page.keyboard.press('f');
  const status = page.locator('.widget-page-status');
  // A key press is a user activation, so the browser grants the request.
  await expect(status).toHaveText('Full screen on: press F or Escape to leave.');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect(status).toHaveText('Full screen off.');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  guard.check(testInfo);
});

test('letters typed into a number field stay in the field instead of acting as shortcuts', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', nernst);
  const group = region.getByRole('group', { name: 'Presets' });
  const before = await pressedIndex(group);
  const field = region.getByRole('textbox').first();
  await field.focus();
  await page.keyboard.press('n');
  await page.keyboard.press('t');
  await page.keyboard.press('PageDown');
  expect(await pressedIndex(group)).toBe(before);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  guard.check(testInfo);
});

test.describe('copying a chapter widget’s embed code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives an iframe of the embed page that shows the same state', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL);
    await page.goto(`./#/${nernst.chapter}`);
    const region = widgetRegion(page, nernst);
    const presetButton = region.getByRole('group', { name: 'Presets' }).getByRole('button').last();
    await presetButton.click();
    const shown = await mainOutput(region).textContent();
    await region.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(region.getByRole('status').first()).toContainText('Embed code copied');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const src = /^<iframe src="([^"]+)" title="([^"]+)"[^>]*><\/iframe>$/.exec(snippet);
    expect(src, snippet).not.toBeNull();
    expect(src![2]).toBe(nernst.title);
    const url = new URL(src![1]!.replaceAll('&amp;', '&'));
    expect(url.origin).toBe(new URL(baseURL!).origin);
    expect(url.hash).toMatch(new RegExp(`^#/embed/${nernst.id}\\?`));

    await page.setContent(snippet);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('output').first()).toHaveText(shown ?? '');
    await expect(frame.getByRole('link', { name: /Open in the book/ })).toBeVisible();
    guard.check(testInfo);
  });
});
