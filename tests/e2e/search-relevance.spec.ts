import { expect, test } from './support';
import { nonsenseQueries, relevanceSet } from '../fixtures/search-relevance';

/**
 * The relevance set on the built site: each query, typed into /search/, must put its expected
 * page first, opening at the expected section where one is given. All queries run in one page
 * (Pagefind loads once) and every miss is reported together.
 */
test('every query in the relevance set finds its expected page first', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByLabel('Search for');
  const status = page.locator('[data-search-status]');
  const misses: string[] = [];
  for (const { query, page: path, section } of relevanceSet) {
    await input.fill(query);
    await expect(status).toContainText(new RegExp(`results? for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    const first = page.locator('[data-search-results] .search-result').first();
    const href = (await first.getAttribute('href')) ?? '';
    const url = new URL(href, 'http://x');
    const title = await first.locator('.search-result-title').textContent();
    if (url.pathname !== path || (section !== undefined && url.hash !== `#${section}`)) {
      misses.push(`"${query}": got ${href} (${title}), expected ${path}${section ? `#${section}` : ''}`);
    }
  }
  expect(misses, misses.join('\n')).toEqual([]);
  expect(relevanceSet.length).toBeGreaterThanOrEqual(20);
});

test('nonsense finds nothing and shows the no-results state with somewhere to go', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByLabel('Search for');
  for (const query of nonsenseQueries) {
    await input.fill(query);
    await expect(page.locator('[data-search-status]')).toHaveText(`No results for “${query}”.`);
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    for (const name of [/Take the quiz/, /Compare massage types/, /glossary/])
      await expect(empty.getByRole('link', { name })).toBeVisible();
  }
  // A real query afterwards hides the suggestions again.
  await input.fill('knots');
  await expect(page.locator('[data-search-empty]')).toBeHidden();
});

test('excerpts read as sentences: words from separate blocks are not glued together', async ({ page }) => {
  await page.goto('/search/?q=pressure');
  const excerpts = page.locator('.search-result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/[a-z][A-Z][a-z]/);
});
