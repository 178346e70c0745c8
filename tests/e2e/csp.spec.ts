import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/contentSecurityPolicy';

// Every browser test runs under this policy (it is in the built index.html), and each
// page guard fails on the console error a violation prints; these tests show it is there
// and that it bites.

test('the built page carries the Content-Security-Policy', async ({ page }) => {
  await page.goto('./#/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
});

test('the policy refuses an inline script and a request to another origin, and reports both', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await page.goto('./#/nernst');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    let fetched = 'fetched';
    try {
      await fetch('https://example.org/collect');
    } catch {
      fetched = 'refused';
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false,
      fetched,
      violations,
    };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.fetched).toBe('refused');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  expect(refused.some((text) => /Content Security Policy/.test(text))).toBe(true);
});
