import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support';

const results = (page: Page) => page.locator('[data-search-results] .search-result');

async function searchFor(page: Page, query: string) {
  await page.getByLabel('Search for').fill(query);
  await expect(page.locator('[data-search-status]')).toContainText(query);
}

test('"trigger point" finds NMT or trigger point therapy in the top three', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'trigger point');
  const top = await results(page).locator('.search-result-title').allTextContents();
  expect(top.slice(0, 3).some((t) => /Neuromuscular therapy|Trigger point therapy/.test(t))).toBe(true);
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

test('"relaxation" finds Swedish massage in the top three', async ({ page }) => {
  await page.goto('/search/?q=relaxation');
  await expect(page.getByLabel('Search for')).toHaveValue('relaxation');
  await expect(results(page).first()).toBeVisible();
  const top = await results(page).locator('.search-result-title').allTextContents();
  expect(top.slice(0, 3).some((t) => /Swedish/.test(t))).toBe(true);
});

test('a type filter narrows the results', async ({ page }) => {
  await page.goto('/search/?q=massage');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  await page.locator('label', { hasText: 'Comparisons' }).click();
  await expect(results(page).first().locator('.search-result-type')).toHaveText('Comparison');
  for (const type of await results(page).locator('.search-result-type').allTextContents()) expect(type).toBe('Comparison');
  expect(await results(page).count()).toBeLessThanOrEqual(all);
});

test('arrow keys move from the search box through the results', async ({ page }) => {
  await page.goto('/search/?q=deep%20tissue');
  await expect(results(page).first()).toBeVisible();
  await page.getByLabel('Search for').focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Search for')).toBeFocused();
});

test('no results offers the quiz and the comparisons', async ({ page }) => {
  await page.goto('/search/?q=zzqxv');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzqxv”.');
  await expect(page.locator('[data-search-empty]').getByRole('link', { name: 'Take the quiz' })).toBeVisible();
});

test('other pages load nothing of Pagefind', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  for (const path of ['/', '/compare/nmt-vs-deep-tissue/', '/quiz/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(pagefind).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the search page with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=pressure');
    await expect(results(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
