import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHAPTERS_WITH_EXERCISES, openChapter, PROGRESS_KEY } from './book';
import { guardPage, reloadPage } from './pageGuards';
import { lookupUnit, units } from '../../src/units';
import { parseShownQuantity } from './widgets';

type Relative = { unit: string; ratio: number };

/**
 * Another unit of the same dimension to write an answer in, and the unit that is off by
 * exactly a factor of 1000 (the classic prefix slip), both from the book's own unit table:
 * the unprefixed unit where there is one (mV → V, kJ/mol → J/mol, mM → M, pA → A, nm → m),
 * else a neighbour a factor of 1000 away, else any other unit of the dimension (min → s).
 * `ratio` is the size of the other unit in the asked one (1000 for V against mV).
 */
function relatives(asked: string): { other?: Relative; slip?: Relative } {
  const own = lookupUnit(asked);
  if (!own || own.offset !== 0) return {};
  const same = [...units.values()]
    .filter((u) => u.dimension === own.dimension && u.symbol !== own.symbol && u.offset === 0)
    .map((u) => ({ unit: u.symbol, ratio: u.factor / own.factor }));
  const thousand = (r: Relative) => Math.abs(Math.abs(Math.log10(r.ratio)) - 3) < 1e-9;
  const unprefixed = asked.replace(/^[pnµmckMG](?=[A-Za-zÅ])/, '');
  const base = same.find((u) => u.unit === unprefixed);
  const other = base ?? same.find(thousand) ?? same[0];
  const slip = base && thousand(base) ? base : same.find(thousand);
  return { other, slip };
}

/** The exercise as a reader finds it. */
function exercise(page: Page, id: string): Locator {
  return page.locator(`[data-exercise="${id}"]`);
}

/**
 * The unit the question asks for, from the answer field's label: "Your answer (E, in mV)",
 * or "Your answer (P_K/P_Na, a pure number)" for a ratio ('').
 */
async function askedUnit(ex: Locator): Promise<string> {
  const label = (await ex.getByText(/^Your answer \(/).textContent()) ?? '';
  if (/^Your answer \([^,]+, a pure number\)$/.test(label.trim())) return '';
  const unit = /, in (.*)\)$/.exec(label.trim())?.[1];
  if (unit === undefined) throw new Error(`no unit in the answer label “${label}”`);
  return unit.trim();
}

/** Opens "Worked solution" and reads the canonical answer at its end. */
async function revealAnswer(ex: Locator): Promise<string> {
  const details = ex.locator('details', { hasText: 'Worked solution' });
  if ((await details.getAttribute('open')) === null) {
    await ex.getByText('Worked solution', { exact: true }).click();
  }
  const answer = ex.locator('[data-answer]');
  await expect(answer).toBeVisible();
  return ((await answer.textContent()) ?? '').trim();
}

/**
 * Types an answer, presses Check (or, `by: 'Enter'`, presses Enter in the answer field, as
 * a reader at the keyboard does) and returns the verdict and the message. (React applies
 * the verdict within the submit event, so it is there when the click or key press returns.)
 */
async function check(
  ex: Locator,
  text: string,
  by: 'button' | 'Enter' = 'button',
): Promise<{ verdict: string; message: string; mistake: string }> {
  const field = ex.getByRole('textbox', { name: /^Your answer/ });
  await field.fill(text);
  if (by === 'Enter')
    await field.page().keyboard.press('Enter'); // the field has the focus
  else await ex.getByRole('button', { name: 'Check', exact: true }).click();
  const [verdict, message, mistake] = await ex
    .locator('p.feedback[role="status"]')
    .evaluate((p) => [
      p.getAttribute('data-verdict') ?? '',
      (p.textContent ?? '').trim(),
      p.getAttribute('data-mistake') ?? '',
    ]);
  return { verdict: verdict ?? '', message: message ?? '', mistake: mistake ?? '' };
}

/** A number written plainly, without float noise: 0.095 not 0.09500000000000001. */
function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** The forms of one answer a reader may type, each of which must be marked correct. */
function equivalentForms(shown: string, asked: string): Record<string, string> {
  const { value, number } = parseShownQuantity(shown);
  const unit = asked ? ` ${asked}` : '';
  const plainNumber = number.includes('×') ? plain(value) : number.replace(/−/g, '-');
  const comma = plainNumber.includes('.') ? plainNumber.replace('.', ',') : `${plainNumber},0`;
  const forms: Record<string, string> = {
    'as shown': shown,
    'with an ASCII minus': shown.replace(/−/g, '-'),
    'in scientific notation': `${value.toExponential().replace('e+', 'e')}${unit}`,
    'with a decimal comma': `${comma}${unit}`,
    'as a bare number': plainNumber,
  };
  const { other } = relatives(asked);
  if (other)
    forms[`in ${other.unit || 'no unit'}`] = `${plain(value / other.ratio)} ${other.unit}`.trim();
  // The same text twice (an answer with no minus sign, say) is checked once.
  const seen = new Set<string>();
  return Object.fromEntries(
    Object.entries(forms).filter(([, text]) => !seen.has(text) && Boolean(seen.add(text))),
  );
}

for (const chapter of CHAPTERS_WITH_EXERCISES) {
  test.describe(`the chapter “${chapter.slug}”`, () => {
    test.describe('on one open page', () => {
      // One chapter page serves these tests, in order, in one worker (a chapter takes a
      // while to load); a failing test gets a fresh worker, and a fresh page, for the rest.
      test.describe.configure({ mode: 'default' });
      let page: Page;
      let baseURL: string | undefined;
      test.beforeAll(async ({ browser }, workerInfo) => {
        baseURL = workerInfo.project.use.baseURL;
        page = await browser.newPage({ baseURL });
        await openChapter(page, chapter.slug);
      });
      test.afterAll(async () => {
        await page.close();
      });

      test('has exactly the exercises its content declares, each with an answer field or a choice of answers', async () => {
        const ids = await page
          .locator('[data-exercise]')
          .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-exercise')));
        expect(ids).toEqual(chapter.exerciseIds);
        for (const { id } of chapter.exercises) {
          const ex = exercise(page, id);
          await expect(ex.getByRole('textbox', { name: /^Your answer \(.+\)$/ })).toBeVisible();
          await expect(ex.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
        }
        for (const { id, options } of chapter.choices) {
          const ex = exercise(page, id);
          await expect(ex).toHaveAttribute('data-kind', 'choice');
          const group = ex.getByRole('group', { name: 'Your answer' });
          await expect(group.getByRole('radio')).toHaveCount(options.length);
          await expect(ex.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
        }
      });

      for (const info of chapter.choices) {
        test(`choice exercise “${info.id}” asks for a choice, names the misconception of each wrong option and marks the right one correct`, async ({
          browserName: _browser,
        }, testInfo) => {
          const guard = guardPage(page, baseURL);
          const ex = exercise(page, info.id);
          const feedback = ex.locator('p.feedback[role="status"]');
          const checkButton = ex.getByRole('button', { name: 'Check', exact: true });
          await checkButton.click();
          await expect(feedback).toHaveAttribute('data-verdict', 'invalid');
          const radios = ex.getByRole('radio');
          expect(
            info.options.filter((o) => o.correct),
            'one right option',
          ).toHaveLength(1);
          for (const [index, option] of info.options.entries()) {
            if (index === 0) {
              // by keyboard, as a reader without a mouse: focus the group, Space picks
              await radios.first().focus();
              await page.keyboard.press('Space');
            } else await radios.nth(index).check();
            await checkButton.click();
            if (option.correct) {
              await expect(feedback).toHaveAttribute('data-verdict', 'correct');
              await expect(feedback).not.toHaveAttribute('data-mistake');
            } else {
              expect(option.mistake, `option ${index + 1} names its misconception`).not.toBeNull();
              await expect(feedback).toHaveAttribute('data-verdict', 'incorrect');
              await expect(feedback).toHaveAttribute('data-mistake', option.mistake!);
              // the code's words and why this option is wrong: more than one sentence
              expect(
                ((await feedback.textContent()) ?? '').split(/[.!?]\s/).length,
              ).toBeGreaterThan(1);
            }
          }
          guard.check(testInfo);
        });
      }

      for (const info of chapter.exercises) {
        test(`exercise “${info.id}” marks its answer correct in every equivalent form and never marks blank, garbage, a wrong unit, sign or prefix correct`, async ({
          browserName: _browser,
        }, testInfo) => {
          const guard = guardPage(page, baseURL);
          const ex = exercise(page, info.id);
          const asked = await askedUnit(ex);
          const shown = await revealAnswer(ex);
          expect(parseShownQuantity(shown).unit, 'the answer is shown in the unit asked').toBe(
            asked,
          );
          // Right and wrong forms alternate, so each verdict read differs from the one
          // before it and a stale verdict could never pass for a fresh one.
          const right = Object.entries(equivalentForms(shown, asked)).map(
            ([form, text]) => [form, text, 'correct'] as const,
          );
          const otherDimension =
            lookupUnit(asked)?.dimension === 'voltage' ? '9.25 kJ/mol' : '−95 mV';
          const wrong: (readonly [string, string, string])[] = [
            ['blank', '', 'invalid'],
            ['garbage', 'abc', 'invalid'],
            ['another dimension', otherDimension, 'invalid'],
          ];
          const { value, number } = parseShownQuantity(shown);
          if (value !== 0) {
            const negated = `${value > 0 ? '-' : ''}${number.replace(/^[+−-]/, '')} ${asked}`;
            wrong.push(['the wrong sign', negated.trim(), 'incorrect']);
            const { slip } = relatives(asked);
            if (slip) {
              wrong.push([
                'a prefix slip',
                `${number.replace(/−/g, '-')} ${slip.unit}`,
                'incorrect',
              ]);
            }
          }
          const problems: string[] = [];
          for (let i = 0; i < Math.max(right.length, wrong.length); i++) {
            for (const item of [right[i], wrong[i]]) {
              if (!item) continue;
              const [what, text, wanted] = item;
              // The first pair goes by the Check button, the others by Enter.
              const { verdict, message, mistake } = await check(
                ex,
                text,
                i === 0 ? 'button' : 'Enter',
              );
              if (verdict !== wanted) {
                problems.push(`${what} “${text}” → ${verdict} (expected ${wanted}): ${message}`);
              } else if (what === 'a prefix slip' && mistake !== 'prefix') {
                problems.push(`a prefix slip “${text}” is named “${mistake}”: ${message}`);
              } else if (what === 'a prefix slip' && !/factor of 1000/.test(message)) {
                problems.push(
                  `a prefix slip “${text}” is not named as a factor of 1000: ${message}`,
                );
              } else if (what === 'the wrong sign' && mistake !== 'sign' && mistake !== 'swap') {
                // (for a log of a ratio, E or ΔG, the other sign is the sides exchanged)
                problems.push(
                  `the wrong sign “${text}” is named “${mistake || 'nothing'}”: ${message}`,
                );
              }
            }
          }
          expect(problems, problems.join('\n')).toEqual([]);
          guard.check(testInfo);
        });
      }

      test('gives new numbers where an exercise offers them, checks them, and keeps them after a reload', async ({
        browserName: _browser,
      }, testInfo) => {
        test.slow(); // a redraw, a check and a reload for every exercise that varies
        const varying = chapter.exercises.filter((e) => e.varies);
        expect(varying.length, 'exercises in this chapter that offer new numbers').toBeGreaterThan(
          0,
        );
        const guard = guardPage(page, baseURL);
        const shown = new Map<string, { question: string; answer: string }>();
        for (const info of varying) {
          const ex = exercise(page, info.id);
          const question = ex.locator('.exercise-question');
          const before = {
            question: (await question.textContent()) ?? '',
            answer: await revealAnswer(ex),
          };
          await ex.getByRole('button', { name: 'New numbers' }).click();
          await expect(question, info.id).not.toHaveText(before.question);
          const after = {
            question: (await question.textContent()) ?? '',
            answer: await revealAnswer(ex),
          };
          expect(after.answer, info.id).not.toBe(before.answer);
          expect((await check(ex, after.answer)).verdict, `${info.id}: ${after.answer}`).toBe(
            'correct',
          );
          shown.set(info.id, after);
        }
        await reloadPage(page);
        await expect(page.locator('article.prose h2').first()).toBeVisible();
        await expect(page.locator('article.prose .loading')).toHaveCount(0);
        for (const info of varying) {
          const ex = exercise(page, info.id);
          await expect(ex.locator('.exercise-question'), info.id).toHaveText(
            shown.get(info.id)!.question,
          );
          expect(await revealAnswer(ex), info.id).toBe(shown.get(info.id)!.answer);
        }
        guard.check(testInfo);
      });
    });

    // Progress is one store for the whole book: the first chapter with exercises stands
    // for all of them here.
    if (chapter === CHAPTERS_WITH_EXERCISES[0])
      test('resets unreadable saved progress with a notice, and exercises still work', async ({
        page,
        baseURL,
      }, testInfo) => {
        const guard = guardPage(page, baseURL);
        await page.addInitScript(
          (key) => window.localStorage.setItem(key, '{"version":1,"exercises":{"x":{'),
          PROGRESS_KEY,
        );
        await openChapter(page, chapter.slug);
        await expect(page.getByText(/reset/).first()).toBeVisible();
        const first = chapter.exercises[0]!;
        const ex = exercise(page, first.id);
        const answer = await revealAnswer(ex);
        expect((await check(ex, answer)).verdict).toBe('correct');
        guard.check(testInfo);
      });

    if (chapter === CHAPTERS_WITH_EXERCISES[0])
      test('keeps the progress saved earlier when the store is full, and says it cannot save', async ({
        page,
        baseURL,
      }, testInfo) => {
        const guard = guardPage(page, baseURL);
        const [first, second] = chapter.exercises;
        const earlier = JSON.stringify({
          version: 1,
          exercises: { [first!.id]: { solved: true, set: 0 } },
        });
        await page.addInitScript(
          ([key, value]) => {
            // Only the first load of the page seeds the store and fills it up.
            if (sessionStorage.getItem('seeded')) return;
            sessionStorage.setItem('seeded', '1');
            window.localStorage.setItem(key!, value!);
            Storage.prototype.setItem = function (this: Storage, name: string, data: string) {
              if (this === window.sessionStorage) return;
              throw new DOMException(`cannot store ${name} (${data.length})`, 'QuotaExceededError');
            };
          },
          [PROGRESS_KEY, earlier],
        );
        await openChapter(page, chapter.slug);
        const ex = exercise(page, second!.id);
        expect((await check(ex, await revealAnswer(ex))).verdict).toBe('correct');
        await expect(page.getByText(/blocked or full/).first()).toBeVisible();
        expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(earlier);

        // The page, reloaded with room in the store, still knows what was saved earlier.
        await reloadPage(page);
        await expect(exercise(page, first!.id).getByRole('status').first()).toHaveText(
          /Solved before/,
        );
        await expect(exercise(page, second!.id).getByRole('status').first()).not.toHaveText(
          /Solved before/,
        );
        guard.check(testInfo);
      });

    test('still renders and checks answers when localStorage throws', async ({
      page,
      baseURL,
    }, testInfo) => {
      const guard = guardPage(page, baseURL);
      await page.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Storage.prototype.getItem = refuse;
        Storage.prototype.setItem = refuse;
        Storage.prototype.removeItem = refuse;
      });
      await openChapter(page, chapter.slug);
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
      for (const info of chapter.exercises.slice(0, 1)) {
        const ex = exercise(page, info.id);
        const answer = await revealAnswer(ex);
        expect((await check(ex, answer)).verdict, info.id).toBe('correct');
      }
      // Progress cannot be kept, and the page says so rather than failing.
      await expect(page.getByText(/cannot be saved/).first()).toBeVisible();
      guard.check(testInfo);
    });
  });
}
