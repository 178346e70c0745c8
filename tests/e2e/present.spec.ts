import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { guardPage, reloadPage } from './pageGuards';
import { mainOutput, openWidget, pressedIndex, WIDGETS, widgetRegion } from './widgets';

// Every widget's presentation page steps through its presets with Page Down / Page Up and
// N / P, and R resets it, in the test that opens that page (widgets.spec.ts). The other
// shortcuts act on the page, the same for every widget: the nernst widget stands for all.

const nernst = WIDGETS.find((widget) => widget.id === 'nernst')!;

test('on a presentation page, letters typed into a field stay there; F asks for full screen, T cycles the theme, and ? lists the shortcuts, whose letters can be switched off for good', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', nernst);

  await test.step('letters typed into a number field stay in the field instead of acting as shortcuts', async () => {
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
    // Escape and leaving the field drop what was typed.
    await field.press('Escape');
    await field.blur();
  });

  await test.step('F asks for full screen and says what happened', () => togglesFullScreen(page));
  await test.step('T cycles the theme from projector to light to the system’s, and the Theme menu follows', () =>
    cyclesTheme(page));
  await test.step('the shortcut list opens with ?, closes with Escape, and letter shortcuts can be switched off for good', () =>
    listsShortcuts(page));
  guard.check(testInfo);
});

async function togglesFullScreen(page: Page) {
  await page.keyboard.press('f');
  const status = page.locator('.widget-page-status');
  // A key press is a user activation, so the browser grants the request.
  await expect(status).toHaveText('Full screen on: press F or Escape to leave.');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect(status).toHaveText('Full screen off.');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
}

async function cyclesTheme(page: Page) {
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
}

async function listsShortcuts(page: Page) {
  const group = widgetRegion(page, nernst).getByRole('group', { name: 'Presets' });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toHaveCount(7);
  await expectNoViolations(page, 'the shortcut list', { include: '.shortcut-help' });
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

  await reloadPage(page);
  await expect(mainOutput(widgetRegion(page, nernst))).toBeVisible();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help.getByRole('checkbox', { name: /Single-letter shortcuts/ })).not.toBeChecked();
}

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
