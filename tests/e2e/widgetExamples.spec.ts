import { expect, test } from '@playwright/test';
import { guardPage } from './pageGuards';
import { expectNoForbiddenWords, openWidget, parseShownQuantity, WIDGETS } from './widgets';

// Worked examples of single widgets, with values worked out by hand: what the chapters say
// a reader will see. The checks every widget gets are in widgets.spec.ts.

/** A widget these tests are written for; failing to find it fails the run. */
function registered(id: string) {
  const widget = WIDGETS.find((w) => w.id === id);
  if (!widget) throw new Error(`the ${id} widget is not registered`);
  return widget;
}

test('the nernst widget gives E_K = −95.0 mV by default, negates E when inside and outside are swapped, loads each ion’s own concentrations when it is chosen, and gives E = +109.4 mV for 7.5 mM inside and 450 mM outside at 37 °C', async ({
  page,
  baseURL,
}, testInfo) => {
  const nernst = registered('nernst');
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', nernst);
  const e = region.getByRole('status', { name: 'E', exact: true });
  await expect(e).toHaveText('−95.0 mV');

  await test.step('negates E when inside and outside are swapped', async () => {
    const beforeText = (await e.textContent()) ?? '';
    const before = parseShownQuantity(beforeText);
    expect(before.value).not.toBe(0);
    await region.getByRole('button', { name: 'Swap inside and outside' }).click();
    await expect
      .poll(async () => parseShownQuantity((await e.textContent()) ?? '').value)
      .toBe(-before.value);
    await region.getByRole('button', { name: 'Swap inside and outside' }).click();
    await expect(e).toHaveText(beforeText);
  });

  // E = (RT/zF)·ln(out/in) with RT/F = 26.73 mV at 37 °C, for the reference neuron's
  // concentrations: Cl⁻ 7 in / 120 out gives −26.73·ln(120/7) = −75.9 mV; Ca²⁺ 100 nM in /
  // 2 mM out gives (26.73/2)·ln(20000) = +132.3 mV (RT/F = 26.727 mV).
  await test.step('loads each ion’s own concentrations when the ion is chosen: E_Cl = −75.9 mV, E_Ca = +132.3 mV', async () => {
    const ion = region.getByRole('group', { name: 'Ion' });
    await ion.getByRole('radio', { name: 'Cl⁻' }).check();
    await expect(e).toHaveText('−75.9 mV');
    await expect(region.getByRole('textbox', { name: '[Cl⁻] inside in mM' })).toHaveValue('7');
    await ion.getByRole('radio', { name: 'Ca²⁺' }).check();
    await expect(e).toHaveText('+132.3 mV');
  });

  // The picker is memoised and its handler built once: it must still read the state as it
  // is now. A typed concentration counts until another ion is chosen:
  // ln(4/40) = −2.303, so K⁺ with 40 mM inside gives −61.5 mV.
  await test.step('uses a typed concentration, and gives K⁺ its own back when K⁺ is chosen again', async () => {
    const ion = region.getByRole('group', { name: 'Ion' });
    await ion.getByRole('radio', { name: 'K⁺' }).check();
    await expect(e).toHaveText('−95.0 mV');
    await region.getByRole('textbox', { name: '[K⁺] inside in mM' }).fill('40');
    await expect(e).toHaveText('−61.5 mV');
    await ion.getByRole('radio', { name: 'Na⁺' }).check();
    await ion.getByRole('radio', { name: 'K⁺' }).check();
    await expect(e).toHaveText('−95.0 mV');
  });

  await test.step('shows E = +109.4 mV for 7.5 mM inside and 450 mM outside at 37 °C', async () => {
    const fromUrl = await openWidget(page, 'present', nernst, 'z=1&cin=7.5&cout=450&T=37');
    await expect(fromUrl.getByRole('status', { name: 'E', exact: true })).toHaveText('+109.4 mV');
  });
  guard.check(testInfo);
});

test('the energy widget shows a total ΔG of zero when V_m is set to E', async ({
  page,
  baseURL,
}, testInfo) => {
  const energy = registered('energy');
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', energy);
  const eText = (await region.getByRole('status', { name: 'E', exact: true }).textContent()) ?? '';
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

test('labels written V_m show the m as a subscript, in HTML and in the plots, and keep “V_m” as the name a screen reader reads', async ({
  page,
  baseURL,
}, testInfo) => {
  const ghk = registered('ghk');
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', ghk);
  const preset = region.getByRole('button', { name: 'Action-potential peak (P_Na ≫ P_K)' });
  await expect(preset).toBeVisible();
  await expect(preset.locator('sub')).toHaveText(['_Na', '_K']);
  // The underscore before a subscript takes no room: the subscript is only its letters wide.
  const underscore = preset.locator('sub .subscript-mark').first();
  expect((await underscore.boundingBox())?.width ?? 0).toBe(0);
  // A readout label, and the plot's own text: the point's label and the left axis's label.
  await expect(region.locator('.readout-label sub').first()).toHaveText('_m');
  const plot = region.getByRole('img', { name: /against the permeability ratio/ });
  await expect(plot.locator('text tspan[baseline-shift="sub"]').first()).toHaveText('Na');
  await expect(plot.locator('.axis-left .axis-label')).toHaveText('Vm (mV)');
  guard.check(testInfo);
});
