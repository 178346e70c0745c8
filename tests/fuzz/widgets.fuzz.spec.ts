import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { hashString, seededRandom } from '../../src/exercises/random';
import { openChapter, WRITTEN_CHAPTERS } from '../e2e/book';
import { guardPage } from '../e2e/pageGuards';
import {
  forbiddenWordsOnPage,
  numberParams,
  openWidget,
  WIDGETS,
  widgetRegion,
  type WidgetDefinition,
  type WidgetPageMode,
} from '../e2e/widgets';

/**
 * Seeded random interaction with every registered widget, on its presentation page
 * (projector theme, with the presentation shortcuts), on its embed page (light theme) and
 * in its chapter: keys and drags on sliders, clicks on buttons, radios and presets, random
 * text in number fields, and random URL states. After each batch of actions the page must have no console error or uncaught
 * exception, and show no NaN, Infinity or undefined. Each widget has a fixed seed (from
 * its id), printed in the test title and in every failure; FUZZ_SEED=<n> replays or
 * explores another run: `FUZZ_SEED=123 npx playwright test tests/fuzz`.
 */

// Enough to reach every control a few times (widgets have 3–9 sliders) while the whole
// run stays within about a minute and a half on two cores; FUZZ_ACTIONS=<n> runs longer
// explorations.
const ACTIONS_PER_WIDGET = Number(process.env.FUZZ_ACTIONS) || 30;
const ACTIONS_IN_CHAPTER = 8;
const BATCH = 10;
const KEYS = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'] as const;
const FIELD_KEYS = ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'Tab'] as const;
// Every presentation shortcut but full screen, which a headless run cannot leave reliably.
const SHORTCUT_KEYS = ['PageDown', 'PageUp', 'n', 'p', 'r', 't', '?'] as const;

function seedFor(name: string): number {
  const fromEnvironment = process.env.FUZZ_SEED;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const seed = Number(fromEnvironment);
    if (!Number.isInteger(seed))
      throw new Error(`FUZZ_SEED must be an integer (got ${fromEnvironment})`);
    return seed >>> 0;
  }
  return hashString(name);
}

class Fuzzer {
  private readonly random: () => number;
  /** the most recent actions, for the failure message */
  readonly log: string[] = [];
  private count = 0;

  constructor(
    private readonly page: Page,
    private readonly widget: WidgetDefinition,
    private readonly region: () => Locator,
    readonly seed: number,
    /** a present or embed page opens random URLs of its own mode; a chapter opens none */
    private readonly urlMode: WidgetPageMode | null,
  ) {
    this.random = seededRandom(seed);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  note(action: string) {
    this.count++;
    this.log.push(`${this.count}. ${action}`);
    if (this.log.length > 25) this.log.shift();
  }

  /** How many sliders and fields the widget shows; re-read after anything that may change it. */
  private counts: { sliders: number; fields: number } | null = null;

  private async controlCounts() {
    this.counts ??= {
      sliders: await this.region().getByRole('slider').count(),
      fields: await this.region().getByRole('textbox').count(),
    };
    return this.counts;
  }

  /** One random action, chosen by weight. */
  async step() {
    if (this.urlMode === 'present' && this.random() < 0.06) return this.pressShortcut();
    const roll = this.random();
    if (roll < 0.3) await this.keyOnSlider();
    else if (roll < 0.45) await this.dragSlider();
    else if (roll < 0.67) await this.clickSomething();
    else if (roll < 0.72) await this.chooseOption();
    else if (roll < 0.95 || !this.urlMode) await this.typeInField();
    else await this.openRandomUrl();
  }

  private async keyOnSlider() {
    const count = (await this.controlCounts()).sliders;
    if (count === 0) return this.note('no slider to press keys on');
    const index = this.int(count);
    const key = this.pick(KEYS);
    this.note(`slider ${index}: ${key}`);
    await this.region().getByRole('slider').nth(index).press(key);
  }

  private async dragSlider() {
    const count = (await this.controlCounts()).sliders;
    if (count === 0) return this.note('no slider to drag');
    const index = this.int(count);
    const slider = this.region().getByRole('slider').nth(index);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) return this.note(`slider ${index} has no box`);
    const from = box.x + this.random() * box.width;
    const to = box.x + (this.random() * 1.4 - 0.2) * box.width; // sometimes past an end
    const y = box.y + box.height / 2;
    this.note(`slider ${index}: drag ${Math.round(from - box.x)} → ${Math.round(to - box.x)} px`);
    await this.page.mouse.move(from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(to, y, { steps: 2 });
    await this.page.mouse.up();
  }

  /** A presentation shortcut, pressed with the focus on the page rather than a control. */
  private async pressShortcut() {
    const key = this.pick(SHORTCUT_KEYS);
    this.note(`shortcut ${key}`);
    this.counts = null;
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
    // The list of shortcuts is a modal dialog: close it so the widget can be reached again.
    if (key === '?') await this.page.keyboard.press('Escape');
  }

  private async clickSomething() {
    const region = this.region();
    const candidates = region.locator(
      'button:not([disabled]), input[type="radio"]:not([disabled]), input[type="checkbox"]:not([disabled])',
    );
    const names = await candidates.evaluateAll((elements) =>
      elements.map((e) => {
        const label = (e as HTMLInputElement).labels?.[0]?.textContent ?? '';
        return (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() || label.trim();
      }),
    );
    // The copy buttons write to the clipboard; links that leave the page are not buttons.
    const usable = names
      .map((name, i) => ({ name, i }))
      .filter((c) => c.name !== 'Copy link' && c.name !== 'Copy embed code');
    if (usable.length === 0) return this.note('nothing to click');
    const choice = this.pick(usable);
    this.note(`click “${choice.name}”`);
    this.counts = null;
    await candidates.nth(choice.i).click();
  }

  private async chooseOption() {
    const selects = this.region().getByRole('combobox');
    const count = await selects.count();
    if (count === 0) return this.clickSomething();
    const select = selects.nth(this.int(count));
    const values = await select.evaluate((s) =>
      [...(s as HTMLSelectElement).options].map((o) => o.value),
    );
    const value = this.pick(values);
    this.note(`choose “${value}” in ${(await select.getAttribute('aria-label')) ?? 'a select'}`);
    this.counts = null;
    await select.selectOption(value);
  }

  private async typeInField() {
    const count = (await this.controlCounts()).fields;
    if (count === 0) return this.note('no field to type in');
    const index = this.int(count);
    const field = this.region().getByRole('textbox').nth(index);
    const text = await this.randomText(field);
    const after = this.random() < 0.5 ? this.pick(FIELD_KEYS) : this.random() < 0.5 ? 'blur' : '';
    this.note(
      `field ${index}: type ${JSON.stringify(text.length > 40 ? `${text.slice(0, 20)}…(${text.length})` : text)}${after ? ` then ${after}` : ''}`,
    );
    if (this.random() < 0.3) {
      await field.click();
      await field.press('ControlOrMeta+a');
      await this.page.keyboard.insertText(text);
    } else {
      await field.fill(text);
    }
    if (after === 'blur') await field.blur();
    else if (after) await field.press(after);
  }

  private async randomText(field: Locator): Promise<string> {
    const roll = this.random();
    if (roll < 0.35) {
      // A valid number somewhere in (or just outside) the slider's range, in its unit.
      const slider = field.locator(
        'xpath=ancestor::*[contains(concat(" ", @class, " "), " slider ")][1]//input[@type="range"]',
      );
      const range =
        (await slider.count()) === 1
          ? await slider.evaluate((e) => {
              const input = e as HTMLInputElement;
              return { min: Number(input.min), max: Number(input.max) };
            })
          : { min: -10, max: 10 };
      const position = range.min + (this.random() * 1.2 - 0.1) * (range.max - range.min);
      const value = this.random() < 0.5 ? position : 10 ** position;
      return Number(value.toPrecision(1 + this.int(5))).toString();
    }
    return this.pick([
      '',
      ' ',
      '0',
      '-0',
      '−140',
      '-3',
      '1e308',
      '99999999999999999999999',
      '1e999',
      '-1e999',
      '1e-400',
      'NaN',
      'Infinity',
      '-Infinity',
      'undefined',
      'null',
      '0,5',
      '1,000.5',
      '1.4 × 10⁷',
      '10⁻⁵',
      '١٢٣',
      '½',
      '∞',
      '🧪💥',
      'Ⅻ',
      'e',
      '.',
      '-',
      '+',
      '1e',
      '0x1F',
      '5 mV',
      '0.14 M',
      '300 K',
      '20 °C',
      '3 kJ/mol',
      '<img src=x onerror=alert(1)>',
      '"; alert(1); "',
      'x'.repeat(300),
      '9'.repeat(400),
      '\u200b7\u200b',
    ]);
  }

  private async openRandomUrl() {
    const parts: string[] = [];
    for (const param of this.widget.params) {
      if (this.random() < 0.25) continue;
      let value: string;
      if (param.kind === 'choice') {
        value =
          this.random() < 0.8 ? this.pick(param.options).value : this.pick(['bogus', '', '<b>']);
      } else {
        const span = param.max - param.min;
        value = this.pick([
          String(param.min + this.random() * span),
          String(param.min),
          String(param.max),
          String(param.max + span),
          String(param.min - span),
          '-5',
          '0',
          '-0',
          'NaN',
          'Infinity',
          '1e309',
          '1e-320',
          '',
          '<img src=x onerror=alert(1)>',
          'x'.repeat(5000),
        ]);
      }
      parts.push(`${param.key}=${encodeURIComponent(value)}`);
    }
    if (this.random() < 0.3) parts.push('unknown=1');
    const query = parts.join('&');
    this.note(`open ?${query.length > 120 ? `${query.slice(0, 120)}…` : query}`);
    this.counts = null;
    await openWidget(this.page, this.urlMode ?? 'present', this.widget, query);
  }

  /** One random action; an error on the way names the seed and the actions before it. */
  async act(where: string) {
    try {
      await this.step();
    } catch (error) {
      throw new Error(`${this.context(where)}\n\n${(error as Error).message}`, { cause: error });
    }
  }

  context(where: string): string {
    return `${where}, seed ${this.seed} (replay: FUZZ_SEED=${this.seed}), after action ${this.count}; last actions:\n${this.log.join('\n')}`;
  }

  /** What must hold after every batch: no error, no exception, no NaN on the page. */
  async verify(guard: ReturnType<typeof guardPage>, testInfo: TestInfo, where: string) {
    const context = () => this.context(where);
    try {
      guard.check(testInfo);
    } catch (error) {
      throw new Error(`${context()}\n\n${(error as Error).message}`, { cause: error });
    }
    const found = await forbiddenWordsOnPage(this.page);
    expect(found, `${context()}\n\n${found.join('\n')}`).toEqual([]);
    const injected = this.page.locator('img[src="x"], [onerror]');
    expect(await injected.count(), `${context()}\n\nmarkup from input was rendered`).toBe(0);
  }
}

function watchDialogs(page: Page, problems: string[]) {
  page.on('dialog', async (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
}

// Each widget on its presentation page in the projector theme (with its shortcuts), and
// on its embed page in the light theme: both modes, both themes.
const PAGES = [
  { mode: 'present', colorScheme: 'dark', actions: ACTIONS_PER_WIDGET },
  { mode: 'embed', colorScheme: 'light', actions: Math.ceil(ACTIONS_PER_WIDGET / 3) },
] as const;

for (const widget of WIDGETS) {
  for (const { mode, colorScheme, actions } of PAGES) {
    const seed = seedFor(mode === 'present' ? widget.id : `${mode}:${widget.id}`);
    test(`the ${widget.id} widget survives ${actions} random actions on its ${mode} page (seed ${seed})`, async ({
      page,
      baseURL,
    }, testInfo) => {
      test.setTimeout(120_000); // under 10 s on an idle machine; generous for a busy one
      await page.emulateMedia({ colorScheme });
      const guard = guardPage(page, baseURL);
      const dialogs: string[] = [];
      watchDialogs(page, dialogs);
      await openWidget(page, mode, widget);
      const fuzzer = new Fuzzer(page, widget, () => widgetRegion(page, widget), seed, mode);
      const where = `the ${widget.id} ${mode} page`;
      for (let i = 1; i <= actions; i++) {
        await fuzzer.act(where);
        if (i % BATCH === 0) await fuzzer.verify(guard, testInfo, where);
      }
      await fuzzer.verify(guard, testInfo, where);
      expect(dialogs, `seed ${seed}`).toEqual([]);
      expect(numberParams(widget).length + widget.presets.length).toBeGreaterThan(0);
    });
  }
}

for (const chapter of WRITTEN_CHAPTERS) {
  const seed = seedFor(`chapter:${chapter.slug}`);
  test(`the widgets in the chapter “${chapter.slug}” survive random actions (seed ${seed})`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const guard = guardPage(page, baseURL);
    const dialogs: string[] = [];
    watchDialogs(page, dialogs);
    await openChapter(page, chapter.slug);
    const present = [];
    for (const widget of WIDGETS) {
      if ((await widgetRegion(page, widget).count()) > 0) present.push(widget);
    }
    expect(present.length, 'widgets found in the chapter').toBeGreaterThan(0);
    for (const [n, widget] of present.entries()) {
      // The first region with this title (a chapter may show a widget more than once).
      const region = () => widgetRegion(page, widget).first();
      const fuzzer = new Fuzzer(page, widget, region, (seed + n) >>> 0, null);
      const where = `the ${widget.id} widget in the chapter “${chapter.slug}”`;
      for (let i = 1; i <= ACTIONS_IN_CHAPTER; i++) {
        await fuzzer.act(where);
        if (i % BATCH === 0) await fuzzer.verify(guard, testInfo, where);
      }
      await fuzzer.verify(guard, testInfo, where);
      await expect(page, `${where}, seed ${fuzzer.seed}`).toHaveURL(
        new RegExp(`#/${chapter.slug}$`),
      );
    }
    expect(dialogs, `seed ${seed}`).toEqual([]);
  });
}
