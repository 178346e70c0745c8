import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { NumberParam } from '../../src/widgets/params';
import { leavePage } from './pageGuards';
import { WIDGETS } from '../../src/widgets/registry';
import type { WidgetDefinition } from '../../src/widgets/WidgetDefinition';

/**
 * Shared helpers for the widget tests. Every spec takes its widgets from the registry, so
 * a newly registered widget is covered without editing the tests. Importing the registry
 * is safe here: the views are React.lazy and are never loaded by the test runner.
 */
export { WIDGETS };
export type { NumberParam, WidgetDefinition };

export type WidgetPageMode = 'present' | 'embed';

/** The widget's number parameters (its numeric URL keys), in the registry's order. */
export function numberParams(widget: WidgetDefinition): NumberParam[] {
  return widget.params.filter((param): param is NumberParam => param.kind === 'number');
}

/** The hash route of a widget's page, with an optional query in the reader's units. */
export function widgetPath(mode: WidgetPageMode, id: string, query = ''): string {
  return `./#/${mode}/${id}${query ? `?${query}` : ''}`;
}

/** The widget as a reader finds it: the region named by its title. */
export function widgetRegion(page: Page, widget: WidgetDefinition): Locator {
  return page.getByRole('region', { name: widget.title, exact: true });
}

/**
 * Opens a widget's present or embed page with a full page load (a hash-only change of
 * an open page is a same-document navigation) and waits until its view has loaded.
 */
export async function openWidget(
  page: Page,
  mode: WidgetPageMode,
  widget: WidgetDefinition,
  query = '',
): Promise<Locator> {
  await leavePage(page);
  await page.goto(widgetPath(mode, widget.id, query));
  const region = widgetRegion(page, widget);
  await expect(region.locator('output').first()).toBeVisible();
  return region;
}

/** The widget's main result: its first <output>. */
export function mainOutput(region: Locator): Locator {
  return region.locator('output').first();
}

/** The text of every <output> in the region, as "name: value" lines. */
export async function outputTexts(region: Locator): Promise<string[]> {
  return region
    .locator('output')
    .evaluateAll((outputs) =>
      outputs.map((o) => `${o.getAttribute('aria-label') ?? ''}: ${o.textContent ?? ''}`),
    );
}

/** The text description of the widget's first plot (the element its svg is described by). */
export async function plotDescription(region: Locator): Promise<string> {
  return region
    .getByRole('img')
    .first()
    .evaluate((svg) => {
      const id = svg.getAttribute('aria-describedby');
      return (id && document.getElementById(id)?.textContent) || '';
    });
}

/**
 * The number field beside a slider: a slider named "X (unit)" has a field named
 * "X in unit"; a slider without a unit has a field with the same name.
 */
export function fieldFor(region: Locator, sliderName: string): Locator {
  const match = /^(.*) \(([^()]+)\)$/.exec(sliderName);
  const name = match ? `${match[1]} in ${match[2]}` : sliderName;
  return region.getByRole('textbox', { name, exact: true });
}

/** The accessible name of a slider (its <label>'s text). */
export async function sliderName(slider: Locator): Promise<string> {
  return slider.evaluate((input) => {
    const label = (input as HTMLInputElement).labels?.[0];
    return (label?.textContent ?? input.getAttribute('aria-label') ?? '').trim();
  });
}

/**
 * Moves keyboard focus to `target` with the Tab key, as a reader would, starting from the
 * top of the page. Fails if it is not reached in `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach the element in ${limit} presses`);
}

/**
 * A value inside a slider's range, in the unit its field shows, that differs from the
 * current one: 30 % of the way along the range (or 70 %, …, if the slider is there),
 * read from the range input (whose scale is log10 for log sliders). Not the middle, so
 * that a symmetric range does not give a value (0) that reads the same in any unit.
 */
export async function valueInside(slider: Locator, field: Locator): Promise<string> {
  const range = await slider.evaluate((input) => {
    const el = input as HTMLInputElement;
    const step = Number(el.step) || (Number(el.max) - Number(el.min)) / 100;
    return { min: Number(el.min), max: Number(el.max), value: Number(el.value), step };
  });
  const shown = parseShownNumber(await field.inputValue());
  // A linear slider's position is the value (to within a step; the browser snaps it).
  const isLog = Math.abs(range.value - shown) > range.step * 1.01;
  for (const fraction of [0.3, 0.7, 0.55, 0.1]) {
    const position = range.min + fraction * (range.max - range.min);
    const value = Number((isLog ? 10 ** position : position).toPrecision(3));
    if (Math.abs(value - shown) > 0.01 * Math.max(Math.abs(shown), 1e-9)) return String(value);
  }
  throw new Error('no value inside the range differs from the current one');
}

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/**
 * A number as the book prints it: U+2212 minus, an optional leading '+', and scientific
 * notation as '1.4 × 10⁷'. Returns NaN when the text does not start with such a number.
 */
export function parseShownNumber(text: string): number {
  const match = /^\s*([+\-−]?\d+(?:[.,]\d+)?)(?:\s*×\s*10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?/.exec(text);
  if (!match) return Number.NaN;
  const mantissa = Number(match[1]!.replace('−', '-').replace(',', '.'));
  const exponent = match[2] ? Number([...match[2]].map((c) => SUPERSCRIPTS[c]).join('')) : 0;
  return mantissa * 10 ** exponent;
}

/** A quantity as the book prints it, split into its number and its unit. */
export function parseShownQuantity(text: string): { value: number; number: string; unit: string } {
  const match = /^\s*([+\-−]?\d+(?:[.,]\d+)?(?:\s*×\s*10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)\s*(.*?)\s*$/.exec(
    text,
  );
  if (!match) throw new Error(`not a quantity: “${text}”`);
  return { value: parseShownNumber(match[1]!), number: match[1]!, unit: match[2]! };
}

/** Words that must never reach a reader: signs of a number or value gone wrong. */
export const FORBIDDEN_WORDS = ['NaN', 'Infinity', 'undefined'] as const;

/**
 * The page's visible text, checked for NaN, Infinity and undefined. A field's error
 * message may quote what the reader typed ("Could not find a number in 'NaN'"), so quoted
 * parts of field errors are left out; everything else on the page is checked.
 */
export async function forbiddenWordsOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const errors = [...document.querySelectorAll('.field-error')].map((e) => e.textContent ?? '');
    let body = document.body.innerText;
    for (const error of errors) {
      body = body.split(error).join(error.replace(/'[^']*'/g, "'…'"));
    }
    return body;
  });
  return FORBIDDEN_WORDS.filter((word) => text.includes(word)).map(
    (word) => `“${word}” on the page: …${excerpt(text, word)}…`,
  );
}

function excerpt(text: string, word: string): string {
  const at = text.indexOf(word);
  return text.slice(Math.max(0, at - 60), at + word.length + 60).replace(/\s+/g, ' ');
}

/** Asserts that the page shows no NaN, Infinity or undefined. */
export async function expectNoForbiddenWords(page: Page, context = ''): Promise<void> {
  const found = await forbiddenWordsOnPage(page);
  expect(found, `${context}${context ? ': ' : ''}${found.join('\n')}`).toEqual([]);
}

/** The one-line notice of a widget (values from the URL that were ignored or adjusted). */
export function widgetStatus(region: Locator): Locator {
  return region.locator('.widget-status[role="status"]');
}

/** Waits for the debounced replaceState of a present/embed page to settle, then reads it. */
export async function settledUrl(page: Page): Promise<string> {
  let previous = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(150);
        const current = page.url();
        const stable = current === previous && current.includes('?');
        previous = current;
        return stable;
      },
      { timeout: 5_000, intervals: [250] },
    )
    .toBe(true);
  return page.url();
}

/**
 * Waits for a present/embed page to have written its whole state into its URL (the
 * debounced replaceState, 250 ms after a change, writes every parameter, each number as a
 * finite decimal) and returns that URL. For pages opened with hostile or partial values,
 * which the page must replace.
 */
export async function rewrittenUrl(page: Page, widget: WidgetDefinition): Promise<string> {
  const complete = () => {
    const params = hashParams(page.url());
    return widget.params.every((param) => {
      const value = params.get(param.key);
      if (value === null) return false;
      return param.kind === 'number'
        ? value !== '' && Number.isFinite(Number(value))
        : param.options.some((option) => option.value === value);
    });
  };
  await expect.poll(complete, { timeout: 5_000, intervals: [100] }).toBe(true);
  return page.url();
}

/** The URL parameters of a hash route such as '#/present/nernst?cin=140'. */
export function hashParams(url: string): URLSearchParams {
  const hash = new URL(url).hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** The index of the pressed button of a widget's Presets group, or −1. */
export async function pressedIndex(group: Locator): Promise<number> {
  const states = await group
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-pressed')));
  return states.indexOf('true');
}
