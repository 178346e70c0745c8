import { expect, test } from '@playwright/test';
import { guardPage } from './pageGuards';
import {
  expectNoForbiddenWords,
  fieldFor,
  mainOutput,
  openWidget,
  outputTexts,
  parseShownNumber,
  parseShownQuantity,
  plotDescription,
  sliderName,
  tabTo,
  valueInside,
  WIDGETS,
} from './widgets';

for (const widget of WIDGETS) {
  test.describe(`the ${widget.id} widget`, () => {
    test('responds to its first slider by keyboard: Arrow Right and End change the result and the plot description', async ({
      page,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      const region = await openWidget(page, 'present', widget);
      const slider = region.getByRole('slider').first();
      const output = mainOutput(region);

      await tabTo(page, slider);
      await expect(slider).toBeFocused();
      const before = { output: await output.textContent(), plot: await plotDescription(region) };
      await page.keyboard.press('ArrowRight');
      await expect(output).not.toHaveText(before.output ?? '');
      expect(await plotDescription(region)).not.toBe(before.plot);

      const afterArrow = {
        output: await output.textContent(),
        plot: await plotDescription(region),
      };
      await page.keyboard.press('End');
      await expect(output).not.toHaveText(afterArrow.output ?? '');
      expect(await plotDescription(region)).not.toBe(afterArrow.plot);

      await expectNoForbiddenWords(page);
      guard.check(testInfo);
    });

    test('takes values typed in its number fields, in the unit shown, and refuses garbage', async ({
      page,
      baseURL,
    }, testInfo) => {
      test.slow(); // two entries in every field of the widget
      const guard = guardPage(page, baseURL);
      const region = await openWidget(page, 'present', widget);
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
      await expectNoForbiddenWords(page);
      guard.check(testInfo);
    });

    test('marks each preset pressed once it is chosen', async ({ page, baseURL }, testInfo) => {
      expect(widget.presets.length, 'every widget offers presets').toBeGreaterThan(0);
      const guard = guardPage(page, baseURL);
      const region = await openWidget(page, 'present', widget);
      const group = region.getByRole('group', { name: 'Presets' });
      await expect(group.getByRole('button')).toHaveCount(widget.presets.length);
      // The last first, so that every preset is chosen while another one is pressed.
      for (const preset of [widget.presets.at(-1)!, ...widget.presets]) {
        const button = group.getByRole('button', { name: preset.label, exact: true });
        await button.click();
        await expect(button, preset.label).toHaveAttribute('aria-pressed', 'true');
        await expect(group.locator('[aria-pressed="true"]')).toHaveCount(1);
      }
      await expectNoForbiddenWords(page);
      guard.check(testInfo);
    });
  });
}

/** A widget these tests are written for; failing to find it fails the run. */
function registered(id: string) {
  const widget = WIDGETS.find((w) => w.id === id);
  if (!widget) throw new Error(`the ${id} widget is not registered`);
  return widget;
}

test.describe('the nernst widget', () => {
  const nernst = registered('nernst');

  test('shows E = +109.4 mV for 7.5 mM inside and 450 mM outside at 37 °C', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL);
    const region = await openWidget(page, 'present', nernst, 'z=1&cin=7.5&cout=450&T=37');
    await expect(region.getByRole('status', { name: 'E', exact: true })).toHaveText('+109.4 mV');
    guard.check(testInfo);
  });

  test('negates E when inside and outside are swapped', async ({ page, baseURL }, testInfo) => {
    const guard = guardPage(page, baseURL);
    const region = await openWidget(page, 'present', nernst);
    const e = region.getByRole('status', { name: 'E', exact: true });
    const beforeText = (await e.textContent()) ?? '';
    const before = parseShownQuantity(beforeText);
    expect(before.value).not.toBe(0);
    await region.getByRole('button', { name: 'Swap inside and outside' }).click();
    await expect
      .poll(async () => parseShownQuantity((await e.textContent()) ?? '').value)
      .toBe(-before.value);
    await region.getByRole('button', { name: 'Swap inside and outside' }).click();
    await expect(e).toHaveText(beforeText);
    guard.check(testInfo);
  });

  test('gives E_Cl = +95.0 mV when Cl⁻ is chosen with 140 mM inside and 4 mM outside', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL);
    const region = await openWidget(page, 'present', nernst);
    const e = region.getByRole('status', { name: 'E', exact: true });
    await expect(e).toHaveText('−95.0 mV');
    await region.getByRole('group', { name: 'Ion' }).getByRole('radio', { name: 'Cl⁻' }).check();
    await expect(e).toHaveText('+95.0 mV');
    guard.check(testInfo);
  });
});

test.describe('the energy widget', () => {
  const energy = registered('energy');

  test('shows a total ΔG of zero when V_m is set to E', async ({ page, baseURL }, testInfo) => {
    const guard = guardPage(page, baseURL);
    const region = await openWidget(page, 'present', energy);
    const eText =
      (await region.getByRole('status', { name: 'E', exact: true }).textContent()) ?? '';
    const e = parseShownQuantity(eText);
    expect(e.unit).toBe('mV');
    const total = region.getByRole('status', { name: 'Total ΔG', exact: true });
    await expect(total).not.toHaveText(/^[+−]?0(\.0*)? kJ\/mol$/);

    const field = region.getByRole('textbox', { name: /^Membrane potential.* in mV$/ });
    await field.fill(e.number);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect
      .poll(async () => {
        const shown = parseShownQuantity((await total.textContent()) ?? '');
        return shown.unit === 'kJ/mol' && Math.abs(shown.value) < 0.01;
      })
      .toBe(true);
    await expect(region.getByRole('img').first()).toBeVisible();
    await expectNoForbiddenWords(page);
    guard.check(testInfo);
  });
});
