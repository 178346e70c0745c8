import { expect, test } from '@playwright/test';
import { chooseTheme, expectNoViolations, STYLE_RULES } from './axe';
import { openChapter, WRITTEN_CHAPTERS } from './book';
import { guardPage } from './pageGuards';
import { openWidget, tabTo, WIDGETS, widgetRegion } from './widgets';

/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every route in both themes: here the
 * contents and every chapter; every widget's presentation and embed page in the tests
 * that open those pages (widgets.spec.ts).
 *
 * Each page gets the full rule set in one theme and, after switching theme the way a
 * reader does (the Theme select, or the system's dark mode for pages that follow it), the
 * rules whose outcome depends on the CSS (axe.ts). This keeps one page load per route:
 * axe on a chapter of typeset math takes several seconds.
 */
test('the contents page has no axe violations in either theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
  await expectNoViolations(page, '#/ (auto, light system theme)');
  await chooseTheme(page, 'Projector');
  await expectNoViolations(page, '#/ (projector)', { rules: STYLE_RULES });
  await chooseTheme(page, 'Light');
  await expectNoViolations(page, '#/ (light)', { rules: STYLE_RULES });
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
    await expectNoViolations(page, `#/${chapter.slug} (projector, from dark mode)`, {
      rules: STYLE_RULES,
      exclude: 'math',
    });
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
