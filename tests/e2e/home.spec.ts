import { expect, test } from '@playwright/test';
import { guardPage } from './pageGuards';

test('the contents page shows the title and all five chapters with no console error', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
  const chapters = page.getByRole('heading', { level: 3 });
  await expect(chapters).toHaveCount(5);
  await expect(chapters.first()).toContainText('Nernst');
  await expect(chapters.last()).toContainText('pump');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  guard.check(testInfo);
});
