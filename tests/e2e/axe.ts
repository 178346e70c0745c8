import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core with the rule sets the book is held to: WCAG 2.0 A/AA, 2.1 AA and 2.2 AA.
 *
 * The themes differ only in their CSS (colours, line widths, type size), never in the
 * document, so a page gets the full rule set in one theme and, in the other, only the
 * rules whose outcome depends on the CSS.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
export const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

type Scope = {
  /** only these rules (default: every rule of AXE_TAGS) */
  rules?: string[];
  /** a selector to check alone */
  include?: string;
  /** a selector to leave out */
  exclude?: string;
};

/** Runs axe on the page and fails with a readable list of what it found. */
export async function expectNoViolations(page: Page, where: string, scope: Scope = {}) {
  // Only violations are read: collecting every passing node of a long chapter is most of
  // axe's time. Legacy mode runs axe in the page in one call; the default mode runs it in
  // parts and then opens a second page to merge them, which doubles the time (measured:
  // 11.7 s against 6.4 s on a chapter, 2.1 s against 0.6 s on a widget page) and is only
  // needed for iframes from other origins, which the book never has.
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  if (scope.include) builder.include(scope.include);
  if (scope.exclude) builder.exclude(scope.exclude);
  const results = await (
    scope.rules ? builder.withRules(scope.rules) : builder.withTags(AXE_TAGS)
  ).analyze();
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
export async function chooseTheme(page: Page, label: 'Light' | 'Projector') {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label });
  await expect(page.locator('html')).toHaveAttribute('data-theme', label.toLowerCase());
}
