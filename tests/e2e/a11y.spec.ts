import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openChapter, WRITTEN_CHAPTERS } from './book';
import { guardPage } from './pageGuards';
import { openWidget, tabTo, WIDGETS, widgetRegion } from './widgets';

/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every route in both themes.
 *
 * The two themes differ only in their CSS (colours, line widths, type size), never in the
 * document, so each page gets the full rule set in one theme and, after switching theme
 * the way a reader does (the Theme select, or the system's dark mode for pages that
 * follow it), the rules whose outcome depends on the CSS. This keeps one page load per
 * route: axe on a chapter of typeset math takes several seconds.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

/** Runs axe on the page and fails with a readable list of what it found. */
async function expectNoViolations(page: Page, where: string, rules?: string[], exclude?: string) {
  // Only violations are read: collecting every passing node of a long chapter is most of
  // axe's time.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (exclude) builder.exclude(exclude);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  const report = results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `      ${node.target.join(' ')}${node.failureSummary ? `\n        ${node.failureSummary.split('\n').join('\n        ')}` : ''}`,
      )
      .join('\n');
    const more =
      violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
    return `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n${targets}${more}`;
  });
  expect(results.violations.length, `axe found on ${where}:\n${report.join('\n')}`).toBe(0);
}

/** Chooses a theme in the page's Theme select and waits until the page wears it. */
async function chooseTheme(page: Page, label: 'Light' | 'Projector') {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label });
  await expect(page.locator('html')).toHaveAttribute('data-theme', label.toLowerCase());
}

test('the contents page has no axe violations in either theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
  await expectNoViolations(page, '#/ (auto, light system theme)');
  await chooseTheme(page, 'Projector');
  await expectNoViolations(page, '#/ (projector)', STYLE_RULES);
  await chooseTheme(page, 'Light');
  await expectNoViolations(page, '#/ (light)', STYLE_RULES);
});

for (const chapter of WRITTEN_CHAPTERS) {
  test(`the chapter “${chapter.slug}” has no axe violations in either theme`, async ({ page }) => {
    test.slow(); // a whole chapter of typeset math is a lot for axe to walk
    await page.emulateMedia({ colorScheme: 'light' });
    await openChapter(page, chapter.slug);
    await expectNoViolations(page, `#/${chapter.slug} (light)`);
    // A reader whose system is in dark mode gets the projector palette (theme "auto").
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    // Typeset math (thousands of MathML nodes, checked in the light theme) takes the
    // text colour of the prose around it, so it is left out of the second pass.
    await expectNoViolations(
      page,
      `#/${chapter.slug} (projector, from dark mode)`,
      STYLE_RULES,
      'math',
    );
    // Every control of the chapter's widgets and exercises has a label (axe's label rule
    // accepts a title too; the book always uses a label).
    const names = await page
      .locator('[data-widget] input, [data-widget] select, [data-exercise] input')
      .evaluateAll((controls) =>
        controls.map((control) => ({
          id: control.id || control.outerHTML.slice(0, 80),
          labelled:
            ((control as HTMLInputElement).labels?.length ?? 0) > 0 ||
            control.hasAttribute('aria-label') ||
            control.hasAttribute('aria-labelledby'),
        })),
      );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((control) => !control.labelled)).toEqual([]);
  });
}

for (const widget of WIDGETS) {
  test(`the ${widget.id} widget's present and embed pages have no axe violations in either theme, and their sliders say their values`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // The present page starts in the projector theme; its Theme select changes it.
    const region = await openWidget(page, 'present', widget);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expectNoViolations(page, `#/present/${widget.id} (projector)`);
    await chooseTheme(page, 'Light');
    await expectNoViolations(page, `#/present/${widget.id} (light)`, STYLE_RULES);

    // (axe's label rules have checked that every control has a name.) Range inputs say
    // their value with its unit, not just the raw (log) position.
    const valueTexts = await region
      .getByRole('slider')
      .evaluateAll((sliders) => sliders.map((slider) => slider.getAttribute('aria-valuetext')));
    expect(valueTexts.length).toBeGreaterThan(0);
    for (const text of valueTexts) expect(text).toMatch(/\d/);

    // The embed page follows the system theme of the page it is embedded in.
    await page.evaluate(() => window.localStorage.clear());
    await openWidget(page, 'embed', widget);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expectNoViolations(page, `#/embed/${widget.id} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, `#/embed/${widget.id} (projector, from dark mode)`, STYLE_RULES);
  });
}

test('focus is visible on a button, a slider and a field reached by keyboard, in both themes', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  const widget = WIDGETS[0]!;
  const region = await openWidget(page, 'present', widget);
  for (const theme of ['Projector', 'Light'] as const) {
    await chooseTheme(page, theme);
    for (const control of [
      widgetRegion(page, widget).getByRole('button').first(),
      region.getByRole('slider').first(),
      region.getByRole('textbox').first(),
    ]) {
      await tabTo(page, control, 40);
      await expect(control).toBeFocused();
      const style = await control.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { outline: computed.outlineStyle, width: parseFloat(computed.outlineWidth) };
      });
      expect(style.outline, `${theme}: ${JSON.stringify(style)}`).not.toBe('none');
      expect(style.width, theme).toBeGreaterThanOrEqual(1);
    }
  }
  guard.check(testInfo);
});

test('every widget’s results are announced politely once a slider comes to rest, not at every step', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const guard = guardPage(page, baseURL);
  for (const widget of WIDGETS) {
    const region = await openWidget(page, 'present', widget);
    const output = region.locator('output').first();
    // The <output> is silenced; its polite twin carries the announcement.
    await expect(output).toHaveAttribute('aria-live', 'off');
    const name = (await output.getAttribute('aria-label')) ?? '';
    const announcer = output.locator('xpath=following-sibling::*[@aria-live="polite"]');
    const before = await output.textContent();
    await expect(announcer, widget.id).toHaveText(`${name}: ${before}`);

    const slider = region.getByRole('slider').first();
    await slider.focus();
    let changed = false;
    for (let i = 0; i < 8 && !changed; i++) {
      await slider.press(i < 4 ? 'End' : 'Home');
      changed = (await output.textContent()) !== before;
    }
    expect(changed, `${widget.id}: its first slider changes its first result`).toBe(true);
    // Straight after the step the announcement still says the old value …
    await expect(announcer, widget.id).toHaveText(`${name}: ${before}`);
    // … and once the value has rested it says the new one, as does the plot's description.
    await expect(announcer, widget.id).toHaveText(`${name}: ${await output.textContent()}`);
    const description = region.locator('figcaption').first();
    await expect(description.locator('[aria-live="polite"]'), widget.id).toHaveText(
      (await description.locator('span').first().textContent()) ?? '',
    );
  }
  guard.check(testInfo);
});
