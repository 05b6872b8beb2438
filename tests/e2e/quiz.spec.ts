import { expect, test } from '@playwright/test';
import { axeViolations, watch } from './support';
import { answer, currentQuestion, next, progress, resultTitle, run, tabTo } from './quiz-support';

const NONE = ['None of these'];
/** The three safety screens answered "none of these". */
const calm = [NONE, NONE, NONE];

/** Keyboard-only runs: answers per question, in order, and the result a visitor should get. */
const scenarios: Array<[name: string, steps: string[][], result: RegExp]> = [
  [
    'emergency: chest pain goes straight to emergency care',
    [['Chest pain, sudden shortness of breath, or coughing up blood']],
    /emergency care now/i,
  ],
  [
    'see a clinician: nerve symptoms',
    [
      NONE,
      ['New numbness, tingling or weakness in an arm or leg, or pain that shoots down an arm or leg'],
      NONE,
      ['To ease one nagging problem spot'],
      ['Neck'],
      ['From a task or sport that you repeat a lot'],
      ['More than 3 months'],
      ['Broad tightness or stiffness'],
      ['Medium'],
      ['Maybe two or three sessions'],
      ['Some'],
      [],
    ],
    /clinician first/i,
  ],
  [
    'acute: a fresh injury',
    [
      ...calm,
      ['To ease one nagging problem spot'],
      ['Lower back'],
      ['With a specific injury, like a sprain, strain or knock'],
      ['Less than 3 days'],
      ['Broad tightness or stiffness'],
      ['Medium'],
      ['Maybe two or three sessions'],
      ['Some'],
      [],
    ],
    /few days/i,
  ],
  [
    'NMT: one nagging spot, months long, a series',
    [
      ...calm,
      ['To ease one nagging problem spot'],
      ['Neck'],
      ['From a task or sport that you repeat a lot'],
      ['More than 3 months'],
      ['A tender knot that, when pressed, brings on your pain or sends it somewhere else (like from your neck to your head)'],
      ['Medium'],
      ['Yes, once a week or more for a few weeks'],
      ['Yes'],
      [],
    ],
    /NMT/,
  ],
  [
    'deep tissue: tight in a few areas, firm pressure',
    [
      ...calm,
      ['To loosen muscles that feel tight and sore all over'],
      ['Neck', 'Upper back', 'Lower back'],
      ['After long hours in one position, like at a desk or driving'],
      ['3 days to 6 weeks'],
      ['Broad tightness or stiffness'],
      ['Firm'],
      ['Maybe two or three sessions'],
      ['Some'],
      [],
    ],
    /deep tissue/i,
  ],
  [
    'either: relaxation and light pressure',
    [
      ...calm,
      ['To relax and de-stress'],
      ['Shoulders'],
      ['During a stressful time'],
      ['3 days to 6 weeks'],
      ['Broad tightness or stiffness'],
      ['Light and gentle'],
      ['Just one session for now'],
      ['Not really'],
      ['Nothing yet'],
    ],
    /either/i,
  ],
];

test.describe('keyboard-only runs', () => {
  for (const [name, steps, result] of scenarios) {
    test(name, async ({ page }) => {
      const seen = watch(page);
      await page.goto('/quiz/');
      await run(page, steps);
      await expect(resultTitle(page)).toHaveText(result);
      await expect(resultTitle(page)).toBeFocused();
      await expect(page.locator('bw-quiz [data-quiz-result] .quiz-reasons li').first()).toBeVisible();
      await expect(page.locator('[data-quiz-live]')).toContainText('Your result');
      expect(seen.errors).toEqual([]);
    });
  }
});

test('the emergency result suggests no therapy', async ({ page }) => {
  await page.goto('/quiz/');
  await run(page, [['New weakness or numbness in both legs']]);
  await expect(resultTitle(page)).toHaveText(/emergency/i);
  const result = page.locator('bw-quiz [data-quiz-result]');
  await expect(result).not.toContainText(/deep tissue|NMT|Swedish/i);
  await expect(result.getByRole('link', { name: /massage|NMT/i })).toHaveCount(0);
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
  await expect(progress(page, 1)).toBeVisible();
  await answer(page, NONE);
  await expect(error).toBeHidden();
  await next(page);
  await expect(progress(page, 2)).toBeVisible();
  await expect(currentQuestion(page).getByRole('heading')).toBeFocused();
});

test('ticking "None of these" clears the other ticks, and the other way round', async ({ page }) => {
  await page.goto('/quiz/');
  const question = currentQuestion(page);
  await answer(page, ['New weakness or numbness in both legs']);
  await answer(page, NONE);
  await expect(question.getByRole('checkbox', { name: 'New weakness or numbness in both legs' })).not.toBeChecked();
  await answer(page, ['Pain that started after a serious accident, such as a car crash or a fall from a height']);
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
  await run(page, [['Chest pain, sudden shortness of breath, or coughing up blood']]);
  const url = page.url();
  await page.reload();
  await expect(resultTitle(page)).toHaveText(/emergency/i);
  const shared = await page.context().newPage();
  await shared.goto(url);
  await expect(resultTitle(shared)).toHaveText(/emergency/i);
});

test('a tampered link starts fresh with no console error; an old link says why', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/quiz/#q=1:r:zz.<script>alert(1)</script>');
  await expect(progress(page, 1)).toBeVisible();
  await expect(currentQuestion(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.goto('/quiz/#q=1:r:1.1.1.1.1.1.1.1.1.1.1.1.1.1');
  await expect(progress(page, 1)).toBeVisible();
  expect(seen.errors).toEqual([]);

  await page.goto('/quiz/#q=0:r:1');
  await expect(page.getByText(/older version of the quiz/)).toBeVisible();
  await expect(progress(page, 1)).toBeVisible();
});

test('with JavaScript off the page shows every question and a guide', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  await expect(page.locator('fieldset[data-step]')).toHaveCount(12);
  for (const fieldset of await page.locator('fieldset[data-step]').all()) await expect(fieldset).toBeVisible();
  await expect(page.getByRole('heading', { name: /without the interactive quiz/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get emergency care now' })).toBeVisible();
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
  await run(page, [['A stiff neck with a fever, a severe headache, a dislike of bright light, or vomiting']]);
  await expect(resultTitle(page)).toHaveText(/emergency/i);
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

test('the body map and the checkboxes stay in sync', async ({ page }) => {
  await page.goto('/quiz/');
  await run(page, [NONE, NONE, NONE, ['To relax and de-stress']]);
  const question = currentQuestion(page);
  const neck = question.getByRole('checkbox', { name: 'Neck', exact: true });
  await question.locator('label.body-map-hotspot[data-region="neck"]').first().click();
  await expect(neck).toBeChecked();
  const fill = () =>
    question
      .locator('svg rect[data-region="neck"]')
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
  await run(page, scenarios[3]?.[1] ?? []);
  await expect(resultTitle(page)).toBeVisible();
  expect(requests).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any step or the result (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/quiz/');
    const steps = scenarios[3]?.[1] ?? [];
    for (const [i, labels] of steps.entries()) {
      expect(await axeViolations(page), `question ${i + 1}`).toEqual([]);
      if (i === 0) {
        await next(page);
        expect(await axeViolations(page), 'the error state').toEqual([]);
      }
      if (labels.length) await answer(page, labels);
      await next(page);
    }
    await expect(resultTitle(page)).toBeVisible();
    expect(await axeViolations(page), 'the result').toEqual([]);
  });
}

test('every result has its own page with a link to take the quiz', async ({ page }) => {
  for (const outcome of ['emergency', 'clinician', 'acute', 'nmt', 'deep', 'either']) {
    await page.goto(`/quiz/result/${outcome}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
  }
});

test('the home page and comparisons invite you to the quiz', async ({ page }) => {
  for (const path of ['/', '/compare/nmt-vs-deep-tissue/']) {
    await page.goto(path);
    const cta = page.getByRole('link', { name: 'Take the quiz' }).first();
    await tabTo(page, cta, 200);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quiz\/$/);
  }
});
