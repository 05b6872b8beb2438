import { expect, test, axeViolations, watch } from './support';
import { click, personas, resultTitle } from './quiz-support';

const stepsOf = (name: string) => personas.find((p) => p.name.startsWith(name))?.steps ?? [];

/** Takes a persona to its result and follows "Take this to your therapist". */
async function sheetFor(page: import('@playwright/test').Page, name: string) {
  await page.goto('/quiz/');
  await click(page, stepsOf(name));
  await expect(resultTitle(page)).toBeVisible();
  await page.getByRole('link', { name: 'Take this to your therapist' }).click();
  await expect(page).toHaveURL(/\/quiz\/sheet\/#q=/);
}

test('the sheet lists the areas, pressure, style and what to ask, from the link alone', async ({ page }) => {
  const seen = watch(page);
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await sheetFor(page, 'NMT');
  const sheet = page.locator('bw-therapist-sheet');
  await expect(sheet.locator('[data-sheet-answer="where"]')).toHaveText('Neck');
  await expect(sheet.locator('[data-sheet-answer="pressure"]')).toHaveText('Medium');
  await expect(sheet.locator('[data-sheet-style]')).toHaveText(/NMT/);
  await expect(sheet.getByRole('heading', { name: 'Ask about license and training' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'How to ask for less pressure' })).toBeVisible();
  await expect(sheet.locator('[data-sheet-no-adaptations]')).toBeVisible();
  // The link alone rebuilds it, in a fresh page: no server keeps anything.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  await expect(again.locator('[data-sheet-answer="where"]')).toHaveText('Neck');
  expect(seen.errors).toEqual([]);
  // Nothing the visitor answered is ever sent: the answers live in the hash only.
  const state = new URL(url).hash.slice(1);
  expect(sent.filter((r) => r.includes(state) || r.includes(encodeURIComponent(state)))).toEqual([]);
  expect(seen.crossOrigin).toEqual([]);
});

test('adaptations and a relax-only answer read naturally on the sheet', async ({ page }) => {
  await sheetFor(page, 'adapted: cancer');
  await expect(page.locator('[data-sheet-answer="where"]')).toHaveText('No pain. I just want to relax or de-stress');
  await expect(page.locator('[data-sheet-adaptations] .quiz-flag')).toHaveCount(1);
  await expect(page.locator('[data-sheet-adaptations]')).toContainText('oncology (cancer) massage');
});

test('a link with no result, or a result that says get checked first, says so instead', async ({ page }) => {
  await page.goto('/quiz/sheet/');
  await expect(page.getByText(/this link has none/)).toBeVisible();
  await expect(page.locator('[data-sheet-body]')).toBeHidden();
  await page.goto('/quiz/');
  await click(page, stepsOf('same day'));
  const hash = new URL(page.url()).hash;
  await page.goto(`/quiz/sheet/${hash}`);
  await expect(page.getByText(/get checked, or to wait, before any massage/)).toBeVisible();
  await expect(page.locator('[data-sheet-body]')).toBeHidden();
});

test('the sheet prints on one page, even with every adaptation', async ({ page }) => {
  const all = [
    "I'm pregnant",
    'Cancer, now or in the past',
    'Blood thinners, a bleeding disorder or low platelets',
    'Osteoporosis (thinning bones)',
  ];
  await page.goto('/quiz/');
  await click(page, [
    ['None of these'],
    ['None of these'],
    ['No pain. I just want to relax or de-stress'],
    all,
    ["A skin condition that isn't infected, like eczema or psoriasis", 'Varicose veins'],
    ['As firm as possible'],
  ]);
  await page.getByRole('link', { name: 'Take this to your therapist' }).click();
  await expect(page.locator('[data-sheet-adaptations] .quiz-flag')).toHaveCount(6);
  // Whatever pressure they like, the conditions keep it gentle, and the sheet says so.
  await expect(page.locator('[data-sheet-gentle]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the sheet (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await sheetFor(page, 'adapted: pregnancy');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/quiz/sheet/');
    expect(await axeViolations(page)).toEqual([]);
  });
}
