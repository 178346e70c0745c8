import { expect, test, type Locator, type Page } from '@playwright/test';
import { SETTLE_MS } from '../../src/common/useSettledValue';
import { chooseTheme, expectNoViolations, STYLE_RULES } from './axe';
import {
  expectLabelsInsidePlots,
  expectMarkLabelsClear,
  expectNoHorizontalScroll,
  expectPlotsOnFirstScreen,
  NARROW,
  PROJECTOR,
  SMALL_PROJECTOR,
} from './layout';
import { guardPage } from './pageGuards';
import { expectFirstPlotExports } from './plotExport';
import {
  expectNoForbiddenWords,
  fieldFor,
  mainOutput,
  openWidget,
  outputTexts,
  parseShownNumber,
  plotDescription,
  pressedIndex,
  sliderName,
  tabTo,
  valueInside,
  WIDGETS,
  type WidgetDefinition,
} from './widgets';

/**
 * Every registered widget on its presentation page and on its embed page. A page load is
 * most of what a check costs, so each page is opened once and every check that needs it
 * runs on it, one step after another (the steps name what failed): the page renders at
 * 360 px, axe finds nothing in either theme, the first slider answers the keyboard, every
 * field takes typed values and refuses garbage, presets and the presentation shortcuts
 * step through the presets and R goes back to the opening values, results are announced
 * once a slider rests, and the first plot saves as SVG, PNG and CSV. The URL's part is in
 * urlState.spec.ts, random interaction in tests/fuzz.
 */
for (const widget of WIDGETS) {
  test.describe(`the ${widget.id} widget`, () => {
    test('on its present page: renders at 360 px, shows every plot on a 1920 × 1080 projector’s first screen and the first on a 1280 × 800 one, has no axe violations in either theme, answers the keyboard, typed values and presets, steps presets by shortcut, announces results at rest, and exports its plot', async ({
      page,
      baseURL,
    }, testInfo) => {
      test.setTimeout(120_000); // about 15 s on an idle machine; every check of the page
      expect(widget.presets.length, 'every widget offers presets').toBeGreaterThan(0);
      const guard = guardPage(page, baseURL);
      const fullWidth = testInfo.project.use.viewport ?? { width: 1280, height: 720 };
      await page.setViewportSize(NARROW);
      const region = await openWidget(page, 'present', widget);
      const presets = region.getByRole('group', { name: 'Presets' });
      const opening = {
        output: (await mainOutput(region).textContent()) ?? '',
        preset: await pressedIndex(presets),
      };

      await test.step('renders with no console error, fits 360 px without horizontal scroll, and keeps every plot label inside its plot there and at full width', async () => {
        await expect(page.getByRole('heading', { level: 1, name: widget.title })).toBeVisible();
        await expect(region.getByRole('img').first()).toBeVisible();
        await expectNoForbiddenWords(page);
        guard.check(testInfo);
        await expectNoHorizontalScroll(page);
        await expectLabelsInsidePlots(page);
        await page.setViewportSize(fullWidth);
        await expectLabelsInsidePlots(page);
      });

      await test.step('shows every plot on the first screen of a 1920 × 1080 projector, labels inside', async () => {
        await page.setViewportSize(PROJECTOR);
        await expectPlotsOnFirstScreen(page);
        await expectLabelsInsidePlots(page);
        await page.setViewportSize(fullWidth);
      });

      await test.step('shows its first plot whole on the first screen of a 1280 × 800 projector, labels inside', async () => {
        await page.setViewportSize(SMALL_PROJECTOR);
        await expectPlotsOnFirstScreen(page, { firstOnly: true });
        await expectLabelsInsidePlots(page);
        await page.setViewportSize(fullWidth);
      });

      await test.step('has no axe violations in the projector theme nor in the light one, and its sliders say their values', async () => {
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
        await expectNoViolations(page, `#/present/${widget.id} (projector)`);
        await chooseTheme(page, 'Light');
        await expectNoViolations(page, `#/present/${widget.id} (light)`, { rules: STYLE_RULES });
        // The rest of the checks run in the theme a lecturer sees.
        await chooseTheme(page, 'Projector');
        // (axe's label rules have checked that every control has a name.) Range inputs
        // say their value with its unit, not just the raw (log) position.
        const valueTexts = await region
          .getByRole('slider')
          .evaluateAll((sliders) => sliders.map((slider) => slider.getAttribute('aria-valuetext')));
        expect(valueTexts.length).toBeGreaterThan(0);
        for (const text of valueTexts) expect(text).toMatch(/\d/);
      });

      await test.step('names each plot figure by its title and describes its drawing by the caption, once', async () => {
        const figures = region.getByRole('figure');
        expect(await figures.count()).toBeGreaterThan(0);
        for (const figure of await figures.all()) {
          const svg = figure.getByRole('img').first();
          const title = await svg.evaluate(
            (element) => element.querySelector('title')?.textContent,
          );
          const caption = (await figure.locator('figcaption').textContent()) ?? '';
          expect(caption, 'the plot has a caption').not.toBe('');
          await expect(figure).toHaveAccessibleName(title ?? '');
          await expect(svg).toHaveAccessibleName(title ?? '');
          await expect(svg).toHaveAccessibleDescription(caption);
        }
      });

      await test.step('responds to its first slider by keyboard: Arrow Right and End change the result and the plot description', () =>
        respondsToKeyboard(page, region));

      await test.step('takes values typed in its number fields, in the unit shown, and refuses garbage', () =>
        takesTypedValues(page, region));

      await test.step('marks each preset pressed once it is chosen, and draws it with no plot label over another', async () => {
        await expect(presets.getByRole('button')).toHaveCount(widget.presets.length);
        // The last first, so that every preset is chosen while another one is pressed.
        for (const preset of [widget.presets.at(-1)!, ...widget.presets]) {
          const button = presets.getByRole('button', { name: preset.label, exact: true });
          await button.click();
          await expect(button, preset.label).toHaveAttribute('aria-pressed', 'true');
          await expect(presets.locator('[aria-pressed="true"]')).toHaveCount(1);
          await expectMarkLabelsClear(page);
        }
      });

      await test.step('Page Down / Page Up and N / P step through the presets, R goes back to the values it opened with', () =>
        stepsPresetsByShortcut(page, region, widget, opening));

      await test.step('announces its results politely once a slider comes to rest, not at every step', () =>
        announcesAtRest(page, region));

      await test.step('saves its first plot as SVG, as PNG at 2× and its data as CSV', () =>
        expectFirstPlotExports(page, region));

      await expectNoForbiddenWords(page);
      guard.check(testInfo);
    });

    test('on its embed page: renders with no book chrome and no console error, keeps its plot labels inside its plots at 360 px, and has no axe violations in either theme', async ({
      page,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(NARROW);
      const region = await openWidget(page, 'embed', widget);
      await expect(region.getByRole('img').first()).toBeVisible();
      await expectLabelsInsidePlots(page);
      await expect(page.getByRole('link', { name: 'Membrane Potential' })).toHaveCount(0);
      await expect(region.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
      await expectNoForbiddenWords(page);
      // The embed page follows the system theme of the page it is embedded in.
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      await expectNoViolations(page, `#/embed/${widget.id} (light)`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(page, `#/embed/${widget.id} (projector, from dark mode)`, {
        rules: STYLE_RULES,
      });
      guard.check(testInfo);
    });
  });
}

async function respondsToKeyboard(page: Page, region: Locator) {
  const slider = region.getByRole('slider').first();
  const output = mainOutput(region);
  await tabTo(page, slider);
  await expect(slider).toBeFocused();
  const before = { output: await output.textContent(), plot: await plotDescription(region) };
  await page.keyboard.press('ArrowRight');
  await expect(output).not.toHaveText(before.output ?? '');
  expect(await plotDescription(region)).not.toBe(before.plot);

  const afterArrow = { output: await output.textContent(), plot: await plotDescription(region) };
  await page.keyboard.press('End');
  await expect(output).not.toHaveText(afterArrow.output ?? '');
  expect(await plotDescription(region)).not.toBe(afterArrow.plot);
}

async function takesTypedValues(page: Page, region: Locator) {
  const sliders = region.getByRole('slider');

  // The first slider's field: a value typed in range moves the results and the plot.
  const first = sliders.first();
  const firstField = fieldFor(region, await sliderName(first));
  const before = await outputTexts(region);
  const plotBefore = await plotDescription(region);
  const sliderBefore = await first.inputValue();
  await firstField.click();
  await firstField.press('ControlOrMeta+a');
  await page.keyboard.type(await valueInside(first, firstField));
  await expect(firstField).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => outputTexts(region)).not.toEqual(before);
  expect(await plotDescription(region)).not.toBe(plotBefore);
  expect(await first.inputValue()).not.toBe(sliderBefore);

  // Every field: garbage is an error that changes nothing; a value in range is taken.
  const problems: string[] = [];
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    const name = await sliderName(slider);
    const field = fieldFor(region, name);
    const outputs = await outputTexts(region);
    const plot = await plotDescription(region);
    await field.fill('abc');
    await expect(field, name).toHaveAttribute('aria-invalid', 'true');
    await expect(region.getByRole('alert'), name).toBeVisible();
    expect(await outputTexts(region), name).toEqual(outputs);
    expect(await plotDescription(region), name).toBe(plot);
    // Escape and leaving the field drop the draft and the error.
    await field.press('Escape');
    await field.blur();
    await expect(field, name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(region.getByRole('alert'), name).toHaveCount(0);

    const value = await valueInside(slider, field);
    await field.fill(value);
    const invalid = (await field.getAttribute('aria-invalid')) === 'true';
    await field.blur();
    // Once the field lets go of the draft, it shows the value the widget now holds.
    const held = await field.inputValue();
    const off = Math.abs(parseShownNumber(held) - Number(value));
    if (invalid || off > 1e-6 * Math.abs(Number(value))) {
      problems.push(
        `typed ${value} in “${name}”: ${invalid ? 'refused as invalid' : `the widget holds ${held}`}`,
      );
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
}

async function stepsPresetsByShortcut(
  page: Page,
  region: Locator,
  widget: WidgetDefinition,
  opening: { output: string; preset: number },
) {
  const group = region.getByRole('group', { name: 'Presets' });
  const count = widget.presets.length;
  // The keys act on the page, not on a control that has the focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
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
  await expect(mainOutput(region)).toHaveText(opening.output);
  await expect.poll(() => pressedIndex(group)).toBe(opening.preset);
}

async function announcesAtRest(page: Page, region: Locator) {
  const output = mainOutput(region);
  // The <output> is silenced; its polite twin carries the announcement.
  await expect(output).toHaveAttribute('aria-live', 'off');
  const name = (await output.getAttribute('aria-label')) ?? '';
  const announcer = output.locator('xpath=following-sibling::*[@aria-live="polite"]');
  const before = await output.textContent();
  await expect(announcer).toHaveText(`${name}: ${before}`);

  // The page's own clock times each change of the result and of its announcement, so
  // that how long the test itself takes between two looks cannot matter.
  await output.evaluate((element) => {
    let twin = element.nextElementSibling;
    while (twin && twin.getAttribute('aria-live') !== 'polite') twin = twin.nextElementSibling;
    const log: { who: string; text: string; at: number }[] = [];
    (window as unknown as { announcements: typeof log }).announcements = log;
    for (const [who, watched] of [
      ['output', element],
      ['announcer', twin],
    ] as const) {
      if (!watched) continue;
      new MutationObserver(() =>
        log.push({ who, text: watched.textContent ?? '', at: performance.now() }),
      ).observe(watched, { subtree: true, childList: true, characterData: true });
    }
  });
  const slider = region.getByRole('slider').first();
  await slider.focus();
  let changed = false;
  for (let i = 0; i < 8 && !changed; i++) {
    await slider.press(i < 4 ? 'End' : 'Home');
    changed = (await output.textContent()) !== before;
  }
  expect(changed, 'its first slider changes its first result').toBe(true);
  const after = await output.textContent();
  // Once the value has rested the announcement says the new one, as does the plot's
  // description …
  await expect(announcer).toHaveText(`${name}: ${after}`);
  const plot = region.getByRole('figure').first();
  await expect(plot.locator('[aria-live="polite"]')).toHaveText(
    (await plot.locator('figcaption').textContent()) ?? '',
  );
  // … once, and not before the value had rested for SETTLE_MS.
  const log = await page.evaluate(
    () =>
      (window as unknown as { announcements: { who: string; text: string; at: number }[] })
        .announcements,
  );
  const changedAt = Math.max(...log.filter((e) => e.who === 'output').map((e) => e.at));
  const said = log.filter((e) => e.who === 'announcer');
  expect(
    [...new Set(said.map((e) => e.text))],
    'what the announcement said after the step',
  ).toEqual([`${name}: ${after}`]);
  expect(
    said[0]!.at - changedAt,
    'ms from the change of the result to its announcement',
  ).toBeGreaterThanOrEqual(SETTLE_MS - 50);
}
