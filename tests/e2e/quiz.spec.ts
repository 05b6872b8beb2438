import { readFileSync } from 'node:fs';
import { type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test, axeViolations, watch } from './support';
import { NONE, answer, click, currentQuestion, next, personas, progress, resultTitle, run, say, tabTo } from './quiz-support';

const quizData = parse(readFileSync(new URL('../../content/quiz/which-treatment.yaml', import.meta.url), 'utf8')) as {
  questions: unknown[];
};
const result = (page: Page) => page.locator('bw-quiz [data-quiz-result]');
const persona = (name: string) => {
  const found = personas.find((p) => p.name.startsWith(name));
  if (!found) throw new Error(`no persona ${name}`);
  return found;
};

type Check = (result: Locator, page: Page) => Promise<void>;

/** What each persona's result must say, beyond its heading. */
const checks: Record<string, Check> = {
  emergency: async (result) => {
    await expect(result).toContainText('You said you have back pain with numbness around your groin');
    await expect(result).toContainText('cauda equina');
    await expect(result).not.toContainText(/deep tissue|NMT|Swedish|Tell your therapist|Also worth knowing/i);
    await expect(result.getByRole('link', { name: /massage|NMT/i })).toHaveCount(0);
    await result.getByText('Outside the US?').click();
    for (const number of ['112', '999', '000', '111']) await expect(result.locator(`a[href="tel:${number}"]`)).toBeVisible();
  },
  'see a doctor': async (result) => {
    await expect(result).toContainText('You said you have pain shooting down one arm or leg');
    await expect(result.getByRole('heading', { name: 'Once you’ve been checked' })).toBeVisible();
    await expect(result).toContainText('Massage can often be added later');
  },
  wait: async (result) => {
    await expect(result).toContainText('You said you were injured in the last few days');
    await expect(result).toContainText('ice pack');
  },
  'adapted: pregnancy': async (result) => {
    await expect(result.getByRole('heading', { name: 'Massage can go ahead, adapted' })).toBeVisible();
    await expect(result).toContainText('prenatal massage');
    await expect(result).toContainText('lie on your side');
    await expect(result).toContainText('Because of what you told us about your health, gentle pressure');
  },
  'adapted: cancer': async (result) => {
    await expect(result).toContainText('oncology (cancer) massage');
    await expect(result).toContainText('ask your cancer care team first');
  },
  note: async (result) => {
    await expect(result.getByRole('heading', { name: 'Also worth knowing' })).toBeVisible();
    await expect(result).toContainText('Most back pain gets better within a few weeks');
  },
  'same day': async (result) => {
    await expect(result).toContainText('You said one calf or thigh is painful');
    await expect(result).toContainText('blood clot');
    await expect(result).not.toContainText(/Swedish|NMT|Once you’ve been checked/);
  },
  NMT: async (result) => {
    await expect(result.locator('.quiz-reasons').first()).toContainText('pressing a tender knot brings on your pain');
    await expect(result.locator('.quiz-reasons').first()).toContainText('Your answers lean clearly this way');
    await expect(result.getByRole('link', { name: 'Take this to your therapist' })).toBeVisible();
  },
  relax: async (result) => {
    const sure = result.locator('.quiz-reasons').first();
    await expect(sure).toContainText('you have no pain and want to relax');
    await expect(sure).toContainText('This follows from what you told us you want');
    await expect(sure).not.toContainText(/lean clearly|point both ways/);
  },
};

test.describe('persona runs, each result checked by axe in light and dark', () => {
  for (const { name, steps, title } of personas) {
    test(name, async ({ page }) => {
      const seen = watch(page);
      await page.goto('/quiz/');
      await click(page, steps);
      await expect(resultTitle(page)).toHaveText(title);
      await expect(resultTitle(page)).toBeFocused();
      await expect(page.locator('[data-quiz-live]')).toContainText('Your result');
      // Every result gives the emergency number as a phone link, and numbers for readers abroad.
      await expect(result(page).locator('a[href="tel:911"]').first()).toBeVisible();
      const check = Object.entries(checks).find(([key]) => name.startsWith(key))?.[1];
      expect(check, `a check for "${name}"`).toBeDefined();
      await check?.(result(page), page);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), scheme).toEqual([]);
      }
      expect(seen.errors).toEqual([]);
    });
  }
});

test('keyboard only: the NMT run, answered with Tab, Space, arrows and Enter', async ({ page }) => {
  await page.goto('/quiz/');
  await run(page, persona('NMT').steps);
  await expect(resultTitle(page)).toHaveText(/NMT/);
  await expect(resultTitle(page)).toBeFocused();
  await expect(result(page).locator('.quiz-reasons li').first()).toBeVisible();
});

test('a same-day answer ends the quiz at question 2, with its level in the heading', async ({ page }) => {
  await page.goto('/quiz/');
  await click(page, [NONE]);
  await expect(progress(page, 2)).toBeVisible();
  await currentQuestion(page).getByLabel(say.calf).check();
  await expect(page.locator('bw-quiz [data-quiz-next]')).toHaveText('See my result');
  await page.locator('bw-quiz [data-quiz-next]').click();
  await expect(resultTitle(page)).toHaveText('Get checked today');
  await expect(result(page)).toContainText('blood clot');
  await expect(result(page)).not.toContainText(/Swedish|NMT|Once you’ve been checked/);
  // Back returns to the question that stopped it.
  await result(page).getByRole('button', { name: 'Change my answers' }).click();
  await expect(progress(page, 2)).toBeVisible();
});

test('cancer in the past with new back pain: the quiz keeps going, then says see a doctor, starting with the cancer team', async ({
  page,
}) => {
  await page.goto('/quiz/');
  await click(page, [NONE, NONE, [say.oneSpot], NONE, [say.cancerBackPain]]);
  await expect(progress(page, 6)).toBeVisible();
  await click(page, [
    ['Lower back'],
    [say.position],
    [say.weeks],
    [say.tightness],
    [say.cancer],
    NONE,
    [say.medium],
    [say.aFew],
    [say.some],
    [],
  ]);
  await expect(resultTitle(page)).toHaveText('See a doctor before you book');
  await expect(result(page)).toContainText('Your cancer care team is a good place to start');
  // The cancer adaptation waits for later, under its own heading, not "massage can go ahead".
  await expect(result(page).getByRole('heading', { name: 'When you do book, tell your therapist about' })).toBeVisible();
  await expect(result(page).getByRole('heading', { name: 'Massage can go ahead, adapted' })).toHaveCount(0);
});

test('adaptations combine: one card each', async ({ page }) => {
  await page.goto('/quiz/');
  await click(page, [
    NONE,
    NONE,
    [say.relax],
    [say.pregnant, say.cancer, 'Blood thinners, a bleeding disorder or low platelets'],
    ['Varicose veins'],
    [say.light],
  ]);
  const cards = result(page).locator('.quiz-level[data-level="adapted"] .quiz-flag');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toContainText('Pregnancy');
  await expect(cards.nth(3)).toContainText('Varicose veins');
});

test('the relax path skips the pain questions and reaches a result in 6 steps', async ({ page }) => {
  await page.goto('/quiz/');
  const { steps } = persona('relax');
  expect(steps.length).toBeLessThanOrEqual(6);
  await click(page, steps.slice(0, 3));
  await expect(progress(page, 4, 6)).toBeVisible();
  await expect(currentQuestion(page).getByRole('heading')).toHaveText('Do any of these apply to you?');
  await click(page, steps.slice(3));
  await expect(resultTitle(page)).toHaveText(/Swedish/);
});

test('a result links to the condition pages for the areas ticked, and a relax result links to none', async ({ page }) => {
  await page.goto('/quiz/');
  await click(page, persona('NMT').steps);
  await expect(resultTitle(page)).toHaveText(/NMT/);
  const research = result(page).locator('[data-condition-links]');
  await expect(research.getByRole('link', { name: 'Neck pain: massage research' })).toBeVisible();
  await expect(research.getByRole('link', { name: /Low back pain/ })).toBeHidden();

  await page.goto('/quiz/');
  await click(page, persona('relax').steps);
  await expect(resultTitle(page)).toHaveText(/Swedish/);
  await expect(result(page).locator('[data-condition-links]')).toHaveCount(0);
});

test('a quiz step shows no reference list; the result shows only the sources it cites', async ({ page }) => {
  await page.goto('/quiz/');
  const sources = page.locator('[data-references]');
  await expect(sources).toBeHidden();
  await click(page, persona('same day').steps);
  await expect(sources).toBeVisible();
  await expect(sources.getByRole('heading', { name: 'Sources for this result' })).toBeVisible();
  const cited = await result(page)
    .locator('.cite a')
    .evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).hash))]);
  const shown = await sources.locator('li[id^="ref-"]:not([hidden])').evaluateAll((items) => items.map((li) => `#${li.id}`));
  expect(shown.sort()).toEqual(cited.sort());
  expect(shown.length).toBeLessThan(await sources.locator('li[id^="ref-"]').count());
});

test('on a phone, each question and its Next button fit the first screen after step 1', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/quiz/');
  const steps = persona('NMT').steps;
  for (const [i, labels] of steps.entries()) {
    if (i > 0) {
      const fits = await page.evaluate(() => {
        const fieldset = document.querySelector('bw-quiz fieldset[data-step]:not([hidden])') as HTMLElement;
        const nextButton = document.querySelector('bw-quiz [data-quiz-next]') as HTMLElement;
        return {
          top: fieldset.getBoundingClientRect().top,
          bottom: nextButton.getBoundingClientRect().bottom,
          height: innerHeight,
        };
      });
      expect(fits.top, `question ${i + 1} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(fits.bottom, `question ${i + 1}'s Next button is on screen`).toBeLessThanOrEqual(fits.height);
      await expect(page.locator('[data-article-intro]').first()).toBeHidden();
    }
    await click(page, [labels]);
  }
  await context.close();
});

test('the first load does not move focus; Next with no answer shows an error tied to the question', async ({ page }) => {
  await page.goto('/quiz/');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(progress(page, 1)).toBeVisible();
  await next(page);
  const question = currentQuestion(page);
  const error = question.locator('[data-quiz-error]');
  await expect(error).toBeVisible();
  await expect(question).toHaveAttribute('aria-describedby', new RegExp((await error.getAttribute('id')) ?? 'none'));
  await answer(page, NONE);
  await expect(error).toBeHidden();
  await next(page);
  await expect(progress(page, 2)).toBeVisible();
  await expect(currentQuestion(page).getByRole('heading')).toBeFocused();
});

test('ticking "None of these" clears the other ticks, and the other way round', async ({ page }) => {
  await page.goto('/quiz/');
  const question = currentQuestion(page);
  await answer(page, [say.chest]);
  await answer(page, NONE);
  await expect(question.getByRole('checkbox', { name: say.chest })).not.toBeChecked();
  await answer(page, [say.caudaEquina]);
  await expect(question.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
});

test('each step is a history entry: Back and Forward work, and reload keeps the result', async ({ page }) => {
  await page.goto('/quiz/');
  await run(page, [NONE, NONE]);
  await expect(progress(page, 3)).toBeVisible();
  await page.goBack();
  await expect(progress(page, 2)).toBeVisible();
  await expect(currentQuestion(page).getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  await page.goForward();
  await expect(progress(page, 3)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(progress(page, 2)).toBeVisible();

  await page.goto('/quiz/');
  await click(page, [[say.chest]]);
  const url = page.url();
  await page.reload();
  await expect(resultTitle(page)).toHaveText('Call 911 now');
  const shared = await page.context().newPage();
  await shared.goto(url);
  await expect(resultTitle(shared)).toHaveText('Call 911 now');
});

test('a tampered link starts fresh with no console error; an old link says why', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/quiz/#q=2:r:zz.<script>alert(1)</script>');
  await expect(progress(page, 1)).toBeVisible();
  await expect(currentQuestion(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.goto(`/quiz/#q=2:r:${Array(40).fill('1').join('.')}`);
  await expect(progress(page, 1)).toBeVisible();
  expect(seen.errors).toEqual([]);

  await page.goto('/quiz/#q=1:r:1');
  await expect(page.getByText(/older version of the quiz/)).toBeVisible();
  await expect(progress(page, 1)).toBeVisible();
});

test('with JavaScript off the page shows every question and a guide whose question numbers match', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  await expect(page.locator('fieldset[data-step]')).toHaveCount(quizData.questions.length);
  for (const fieldset of await page.locator('fieldset[data-step]').all()) await expect(fieldset).toBeVisible();
  const guide = page.locator('[data-quiz-guide]');
  await expect(guide.getByRole('heading', { name: /without the interactive quiz/ })).toBeVisible();
  await expect(guide).toContainText('If you ticked anything in question 1, call 911');
  await expect(guide.locator('a[href="tel:911"]')).toBeVisible();
  await expect(guide.getByRole('link', { name: 'Call 911 now' })).toBeVisible();
  // References are a closed "Sources" disclosure.
  await expect(page.locator('details[data-references]')).not.toHaveAttribute('open');
  await context.close();
});

test('storage that throws still lets you finish', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const seen = watch(page);
  await page.goto('/quiz/');
  await click(page, [[say.chest]]);
  await expect(resultTitle(page)).toHaveText('Call 911 now');
  expect(seen.errors).toEqual([]);
});

test('you can continue where you left off', async ({ page }) => {
  await page.goto('/quiz/');
  await run(page, [NONE, NONE]);
  await page.goto('/quiz/');
  await expect(page.getByText('Continue where you left off?')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(progress(page, 3)).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).first().click();
  await expect(progress(page, 1)).toBeVisible();
  await page.goto('/quiz/');
  await expect(page.getByText('Continue where you left off?')).toBeHidden();
});

test('the body outline and the checkboxes stay in sync', async ({ page }) => {
  await page.goto('/quiz/');
  await click(page, [NONE, NONE, [say.oneSpot], [say.noBackPain], NONE]);
  const question = currentQuestion(page);
  const neck = question.getByRole('checkbox', { name: 'Neck', exact: true });
  await question.locator('label.body-map-hotspot[data-region="neck"]').first().click();
  await expect(neck).toBeChecked();
  const fill = () =>
    question
      .locator('svg [data-region="neck"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  const ticked = await fill();
  await neck.uncheck();
  expect(await fill()).not.toBe(ticked);
});

test('no network request from the first answer to the result', async ({ page }) => {
  await page.goto('/quiz/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.resourceType()} ${r.url()}`));
  await click(page, persona('NMT').steps);
  await expect(resultTitle(page)).toBeVisible();
  expect(requests).toEqual([]);
});

/** The parts of the quiz that change from step to step. */
const step = ['bw-quiz [data-quiz-progress]', 'bw-quiz fieldset[data-step]:not([hidden])', 'bw-quiz [data-quiz-nav]'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any step, or the error state (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/quiz/');
    for (const [i, labels] of persona('NMT').steps.entries()) {
      // The whole page at the start; after that only the question on screen and its controls change.
      expect(await axeViolations(page, i === 0 ? [] : step), `question ${i + 1}`).toEqual([]);
      if (i === 0) {
        await next(page);
        expect(await axeViolations(page, step), 'the error state').toEqual([]);
      }
      await click(page, [labels]);
    }
  });
}

test('every result has its own page, written for people who never took the quiz', async ({ page }) => {
  for (const outcome of ['emergency', 'same-day', 'doctor-first', 'wait', 'adapted', 'nmt', 'deep', 'either']) {
    await page.goto(`/quiz/result/${outcome}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/^This result is for people who /)).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/signs you ticked|you said/i);
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
    await expect(page.locator('main a[href="tel:911"]').first()).toBeVisible();
  }
});

test('the home page and comparisons invite you to the quiz', async ({ page }) => {
  for (const path of ['/', '/compare/nmt-vs-deep-tissue/']) {
    await page.goto(path);
    await expect(page.getByText(/Answer \d+ to \d+ short questions/).first()).toBeVisible();
    const cta = page.getByRole('link', { name: 'Take the quiz' }).first();
    await tabTo(page, cta, 200);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quiz\/$/);
  }
});
