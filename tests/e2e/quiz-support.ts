/** Keyboard-only helpers for the quiz tests: reach a control with Tab, answer, press Next. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (as a keyboard user would), or fails. */
export async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The fieldset of the question on screen. */
export const currentQuestion = (page: Page) => page.locator('bw-quiz fieldset[data-step]:visible');

/**
 * Answers the question on screen by keyboard: checkboxes are reached with Tab and ticked with
 * Space; radios are entered with Tab and chosen with the arrow keys, as native radios work.
 */
export async function answer(page: Page, labels: string[]) {
  const question = currentQuestion(page);
  const inputs = question.locator('input');
  const type = await inputs.first().getAttribute('type');
  if (type === 'checkbox') {
    for (const label of labels) {
      const box = question.getByRole('checkbox', { name: label, exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    return;
  }
  const radios = question.getByRole('radio');
  const names = await radios.evaluateAll((els) =>
    els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  const index = names.indexOf(labels[0] ?? '');
  if (index < 0) throw new Error(`No option "${labels[0]}" in ${names.join(' | ')}`);
  await tabTo(page, radios.first());
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

/** Presses the Next (or "See my result") button by keyboard. */
export async function next(page: Page) {
  const button = page.locator('bw-quiz [data-quiz-next]');
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Answers a list of questions in order, each followed by Next. */
export async function run(page: Page, steps: string[][]) {
  for (const labels of steps) {
    if (labels.length) await answer(page, labels);
    await next(page);
  }
}

/** The visible result's heading. */
export const resultTitle = (page: Page) => page.locator('bw-quiz [data-quiz-result] [data-outcome-title]');

/** The "Question n of 12" progress line. */
export const progress = (page: Page, n: number) =>
  page.locator('[data-quiz-progress-text]').getByText(`Question ${n} of 12`, { exact: true });
