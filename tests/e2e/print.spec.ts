import { expect, test } from '@playwright/test';
import { CHAPTERS_WITH_EXERCISES } from './book';
import { guardPage } from './pageGuards';

const chapter = CHAPTERS_WITH_EXERCISES[0]!;

// One page load of the chapter serves every check, printed after each change on screen.
test(`printing the chapter “${chapter.title}” leaves out the controls chrome, adds the worked solutions when asked, and prints dark-on-light in any theme`, async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  await page.goto(`./#/${chapter.slug}`);

  await test.step('leaves out the controls chrome, keeps the plots and parameters, and leaves room to write', async () => {
    const firstWidget = page.locator('.widget').first();
    await expect(firstWidget.locator('output').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    for (const chrome of [
      page.getByRole('navigation', { name: 'On this page' }),
      page.getByRole('navigation', { name: 'Chapters' }),
      page.getByRole('banner'),
      firstWidget.getByRole('group', { name: 'Presets' }),
      firstWidget.getByRole('button', { name: 'Copy link' }),
      firstWidget.getByRole('slider').first(),
      page.getByRole('button', { name: 'Print this chapter' }),
    ]) {
      await expect(chrome).toBeHidden();
    }
    await expect(firstWidget.locator('svg').first()).toBeVisible();
    await expect(firstWidget.getByRole('textbox').first()).toBeVisible();
    await expect(firstWidget.locator('output').first()).toBeVisible();

    const exercise = page.locator('.exercise').first();
    await expect(exercise).toBeVisible();
    await expect(exercise.getByRole('textbox')).toBeHidden();
    await expect(exercise.getByRole('button', { name: 'Check' })).toBeHidden();
    await expect(exercise.locator('details.solution')).toBeHidden();
    const writingSpace = await exercise
      .locator('.exercise-form')
      .evaluate((form) => parseFloat(getComputedStyle(form, '::after').height));
    expect(writingSpace).toBeGreaterThan(100);
    await expect(page.locator('.print-solutions')).toHaveCount(0);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('adds the worked solutions, with the numbers on the page, at the end when asked', async () => {
    await page.getByRole('checkbox', { name: 'Print the worked solutions at the end' }).check();
    await page.emulateMedia({ media: 'print' });

    const appendix = page.getByRole('region', { name: 'Worked solutions' });
    await expect(appendix).toBeVisible();
    const solutions = appendix.locator('.print-solution');
    await expect(solutions).toHaveCount(chapter.exercises.length);
    const answers = await page.locator('[data-answer]').allTextContents();
    expect(answers).toHaveLength(chapter.exercises.length);
    for (let i = 0; i < answers.length; i++) {
      await expect(solutions.nth(i).locator('.solution-answer')).toHaveText(
        `Answer: ${answers[i]}`,
      );
    }
    await expect(page.locator('.print-solutions')).toHaveCSS('break-before', 'page');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('prints dark-on-light even when the projector theme is chosen', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
    // The text colour: light on the projector's dark background, dark on paper.
    const textLightness = () =>
      page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body).color.match(/\d+/g)!.map(Number) as [
          number,
          number,
          number,
        ];
        return (r + g + b) / 3;
      });
    expect(await textLightness()).toBeGreaterThan(200);
    await page.emulateMedia({ media: 'print' });
    expect(await textLightness()).toBeLessThan(80);
  });
  guard.check(testInfo);
});
