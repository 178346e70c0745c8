import { expect, test, type Page } from '@playwright/test';
import { openChapter, WRITTEN_CHAPTERS } from './book';
import { expectLabelsInsidePlots, expectNoHorizontalScroll, NARROW } from './layout';
import { guardPage, leavePage } from './pageGuards';
import { expectNoForbiddenWords, WIDGETS } from './widgets';

test.describe('the contents page', () => {
  test('renders with no console error, links every written chapter and every widget, and has no horizontal scroll at 360 px', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL);
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
    const main = page.getByRole('main');
    for (const chapter of WRITTEN_CHAPTERS) {
      await expect(main.getByRole('link', { name: chapter.title, exact: true })).toHaveAttribute(
        'href',
        `#/${chapter.slug}`,
      );
    }
    const chapterLinks = await main
      .locator('.chapter-list h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(chapterLinks).toEqual(WRITTEN_CHAPTERS.map((c) => `#/${c.slug}`));
    for (const widget of WIDGETS) {
      await expect(main.getByRole('link', { name: widget.title, exact: true })).toHaveAttribute(
        'href',
        `#/present/${widget.id}`,
      );
    }
    await expectNoForbiddenWords(page);
    guard.check(testInfo);

    await test.step('has no horizontal scroll at 360 px', async () => {
      await page.setViewportSize(NARROW);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
  });
});

for (const chapter of WRITTEN_CHAPTERS) {
  test.describe(`the chapter “${chapter.slug}”`, () => {
    // One page serves these tests, in order, in one worker (a chapter takes a while to
    // load); a failing test gets a fresh worker, and a fresh page, for the rest.
    test.describe.configure({ mode: 'default' });
    let page: Page;
    let baseURL: string | undefined;
    test.beforeAll(async ({ browser }, workerInfo) => {
      baseURL = workerInfo.project.use.baseURL;
      page = await browser.newPage({ baseURL });
    });
    test.afterAll(async () => {
      await page.close();
    });

    test('renders with no console error and its math is typeset without errors', async ({
      browserName: _browser,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      await openChapter(page, chapter.slug);
      await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('ParseError');
      await expectNoForbiddenWords(page);
      guard.check(testInfo);
    });

    test('shows no exercise hint inside a question before hints are asked for', async () => {
      await ensureChapter(page, chapter.slug);
      await expect(page.locator('[data-exercise] .exercise-question .hint')).toHaveCount(0);
      await expect(page.locator('[data-exercise] .hints')).toHaveCount(0);
    });

    test('has previous and next links between chapters', async () => {
      await ensureChapter(page, chapter.slug);
      const nav = page.getByRole('navigation', { name: 'Chapters' });
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(2);
      const index = WRITTEN_CHAPTERS.indexOf(chapter);
      const previous = WRITTEN_CHAPTERS[index - 1];
      const next = WRITTEN_CHAPTERS[index + 1];
      await expect(links.first()).toHaveAttribute('href', previous ? `#/${previous.slug}` : '#/');
      await expect(links.last()).toHaveAttribute('href', next ? `#/${next.slug}` : '#/');
      await expect(links.first()).toContainText('←');
      await expect(links.last()).toContainText('→');
    });

    test('has an “On this page” outline whose links jump to their headings', async ({
      browserName: _browser,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      await ensureChapter(page, chapter.slug);
      const outline = page.getByRole('navigation', { name: 'On this page' });
      const links = outline.getByRole('link');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(1);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^#/${chapter.slug}#[^#\\s]+$`));
      // A heading far down the page, one near the top, and every one whose id needs
      // escaping in a URL (such as “the-debyehückel-…”).
      const indices = new Set([hrefs.length - 1, 1]);
      hrefs.forEach((href, i) => {
        if (encodeURI(href) !== href) indices.add(i);
      });
      const problems: string[] = [];
      for (const index of indices) {
        const href = hrefs[index]!;
        const id = href.slice(href.lastIndexOf('#') + 1);
        await links.nth(index).click();
        await expect
          .poll(() => decodeURIComponent(page.url()))
          .toMatch(new RegExp(`${escapeRegExp(href)}$`));
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading).toHaveCount(1);
        const inView = await expect(heading)
          .toBeInViewport({ timeout: 2_000 })
          .then(() => true)
          .catch(() => false);
        if (!inView) problems.push(`the outline link ${href} does not bring its heading into view`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
      guard.check(testInfo);
    });

    test('has heading anchor links that keep the hash route', async () => {
      await ensureChapter(page, chapter.slug);
      const anchors = page.getByRole('link', { name: 'Link to this section' });
      expect(await anchors.count()).toBeGreaterThan(0);
      const hrefs = await anchors.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^#/${chapter.slug}#[^#\\s]+$`));
      // Following one keeps the chapter on screen and brings its heading into view.
      const middle = Math.floor(hrefs.length / 2);
      const href = hrefs[middle]!;
      await anchors.nth(middle).click();
      await expect
        .poll(() => decodeURIComponent(page.url()))
        .toMatch(new RegExp(`${escapeRegExp(href)}$`));
      await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
      await expect(
        page.locator(`[id="${href.slice(href.lastIndexOf('#') + 1)}"]`),
      ).toBeInViewport();
    });

    // A readout that wraps, or a plot description that loses a line, must not pull the
    // prose below the widget up under the reader's eyes while a slider is moved.
    test('keeps the prose below its first widget in place while the widget’s first slider steps up and back', async () => {
      await ensureChapter(page, chapter.slug);
      const widget = page.locator('.widget').first();
      await widget.getByRole('slider').first().focus();
      const bottoms: number[] = [];
      for (const key of [...Array(50).fill('ArrowRight'), ...Array(50).fill('ArrowLeft')]) {
        await page.keyboard.press(key as string);
        bottoms.push(
          await widget.evaluate(
            (element) =>
              new Promise<number>((resolve) =>
                requestAnimationFrame(() =>
                  resolve(element.getBoundingClientRect().bottom + window.scrollY),
                ),
              ),
          ),
        );
      }
      const risen = bottoms.flatMap((bottom, i) =>
        i > 0 && bottom < bottoms[i - 1]! - 0.5
          ? [`step ${i + 1}: ${bottoms[i - 1]!.toFixed(0)} → ${bottom.toFixed(0)} px`]
          : [],
      );
      expect(risen, 'the widget got shorter').toEqual([]);
    });

    test('has no horizontal scroll at 360 px, and keeps every plot label inside its plot', async () => {
      await ensureChapter(page, chapter.slug);
      await page.setViewportSize(NARROW);
      await expectNoHorizontalScroll(page);
      await expectLabelsInsidePlots(page);
    });
  });
}

/** Opens the chapter unless the shared page already shows it (after a failure, it may not). */
async function ensureChapter(page: Page, slug: string) {
  if (!new URL(page.url()).hash.startsWith(`#/${slug}`)) await openChapter(page, slug);
}

/** A text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A widget holds its tallest height while a slider moves (useNoShrink); a choice made once
// gives back what it took away.
test('a widget gives back the height of a field a choice removed: at 360 px, choosing Custom z and then K⁺ in the nernst chapter leaves no gap', async ({
  page,
}) => {
  await page.setViewportSize(NARROW);
  await openChapter(page, 'nernst');
  const widget = page
    .locator('.widget')
    .filter({ has: page.getByRole('radio', { name: 'Custom z' }) })
    .first();
  const height = () =>
    widget.evaluate(
      (element) =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve(Math.round(element.getBoundingClientRect().height)),
            ),
          ),
        ),
    );
  const before = await height();
  await widget.getByRole('radio', { name: 'Custom z' }).check();
  expect(await height(), 'the custom valence adds its field').toBeGreaterThan(before);
  await widget.getByRole('radio', { name: 'K⁺' }).check();
  await expect
    .poll(height, { message: 'the widget’s height once K⁺ is chosen again' })
    .toBe(before);
});

// Each widget's presentation and embed pages: widgets.spec.ts.

test('an unknown route shows “Page not found”, and an unknown widget “No such widget” on the present and embed routes, with no console error', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  for (const path of ['./#/no-such-chapter', './#/a/b/c', './#nonsense']) {
    await leavePage(page); // a full page load each
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the contents.' })).toHaveAttribute(
      'href',
      '#/',
    );
  }
  for (const mode of ['present', 'embed']) {
    await leavePage(page);
    await page.goto(`./#/${mode}/no-such-widget?z=1`);
    await expect(page.getByRole('heading', { level: 1, name: 'No such widget' })).toBeVisible();
  }
  guard.check(testInfo);
});
