/** Keyboard-only helpers for the quiz tests: reach a control with Tab, answer, press Next. */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (as a keyboard user would), or fails. */
export async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The fieldset of the question on screen. */
export const currentQuestion = (page: Page | Frame) => page.locator('bw-quiz fieldset[data-step]:visible');

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

/** The "Question n of …" progress line (the total depends on the path). */
export const progress = (page: Page, n: number, total?: number) =>
  page.locator('[data-quiz-progress-text]').getByText(new RegExp(`^Question ${n} of ${total ?? '\\d+'}$`));

/** Answers by clicking (fast), for tests about results rather than keyboard use. */
export async function click(page: Page | Frame, steps: string[][]) {
  for (const labels of steps) {
    const question = currentQuestion(page);
    for (const label of labels) await question.getByLabel(label, { exact: true }).check();
    await page.locator('bw-quiz [data-quiz-next]').click();
  }
}

export const NONE = ['None of these'];

/** Labels of the answers the persona runs use, as the quiz shows them. */
export const say = {
  caudaEquina:
    'Back pain with numbness or tingling around your groin, buttocks or inner thighs, new trouble peeing or pooing, or new sexual problems',
  chest: 'Chest pain, or sudden shortness of breath',
  calf: 'One calf or thigh that is painful, swollen, warm, or red or darker than usual',
  relax: 'No pain. I just want to relax or de-stress',
  oneSpot: 'One nagging problem spot',
  tight: 'Muscles that feel tight and sore in several places',
  noBackPain: "I don't have back or neck pain",
  shooting: 'Pain that shoots down one arm or leg, with tingling or numbness',
  cancerBackPain: "New back or neck pain, and you've had cancer, now or in the past",
  injury: 'With a specific injury, like a sprain, strain or knock',
  repetitive: 'From a task or sport that you repeat a lot',
  position: 'After long hours in one position, like at a desk or driving',
  noIdea: 'I have no idea',
  fresh: 'Less than 3 days',
  weeks: '3 days to 6 weeks',
  months: 'More than 3 months',
  knot: 'A tender knot that, when pressed, brings on your pain or sends it somewhere else',
  tightness: 'Broad tightness or stiffness',
  pregnant: "I'm pregnant",
  cancer: 'Cancer, now or in the past',
  light: 'Light and gentle',
  medium: 'Medium',
  firm: 'Firm',
  weekly: 'Yes, once a week or more for a few weeks',
  aFew: 'Maybe two or three sessions',
  yes: 'Yes',
  some: 'Some',
};

/** The start of every run: no emergency, no same-day sign. */
const safe = [NONE, NONE];
/** A pain path's middle part: goal, back-pain signs, check-first signs, then where, start, duration, feel. */
const pain = (goal: string, where: string[], start: string, duration: string, feel: string) => [
  [goal],
  [say.noBackPain],
  NONE,
  where,
  [start],
  [duration],
  [feel],
];

/** Persona runs: answers per question, in order, and the heading the result must show. */
export const personas: Array<{ name: string; steps: string[][]; title: RegExp }> = [
  { name: 'emergency: back pain with new sexual problems', steps: [[say.caudaEquina]], title: /^Call 911 now$/ },
  { name: 'same day: a swollen calf', steps: [NONE, [say.calf]], title: /^Get checked today$/ },
  {
    name: 'see a doctor first: pain shooting down one leg',
    steps: [
      ...safe,
      [say.oneSpot],
      [say.noBackPain],
      [say.shooting],
      ['Lower back'],
      [say.position],
      [say.months],
      [say.tightness],
      NONE,
      NONE,
      [say.medium],
      [say.aFew],
      [say.some],
      [],
    ],
    title: /^See a doctor before you book$/,
  },
  {
    name: 'wait: a fresh sprain',
    steps: [
      ...safe,
      ...pain(say.oneSpot, ['Legs or feet'], say.injury, say.fresh, say.tightness),
      NONE,
      NONE,
      [say.medium],
      [say.aFew],
      [say.some],
      [],
    ],
    title: /^Give it a few days$/,
  },
  {
    name: 'adapted: pregnancy, with a nagging spot',
    steps: [
      ...safe,
      ...pain(say.oneSpot, ['Lower back'], say.position, say.weeks, say.tightness),
      [say.pregnant],
      NONE,
      [say.medium],
      [say.aFew],
      [say.some],
      [],
    ],
    title: /Swedish/,
  },
  {
    name: 'adapted: cancer in the past, relaxing',
    steps: [...safe, [say.relax], [say.cancer], NONE, [say.light]],
    title: /Swedish/,
  },
  {
    name: 'note: pain with no known cause',
    steps: [
      ...safe,
      ...pain(say.tight, ['Neck', 'Upper back'], say.noIdea, say.weeks, say.tightness),
      NONE,
      NONE,
      [say.firm],
      [say.aFew],
      [say.some],
      [],
    ],
    title: /^Deep tissue massage may suit you$/,
  },
  { name: 'relax: no pain, just relax', steps: [...safe, [say.relax], NONE, NONE, [say.light]], title: /Swedish/ },
  {
    name: 'NMT: one nagging spot, months long, a series',
    steps: [
      ...safe,
      ...pain(say.oneSpot, ['Neck'], say.repetitive, say.months, say.knot),
      NONE,
      NONE,
      [say.medium],
      [say.weekly],
      [say.yes],
      [],
    ],
    title: /NMT/,
  },
];
