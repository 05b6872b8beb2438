import { expect, test, axeViolations, watch } from './support';
import { sitemapPaths } from '../tools/built-site';

const paths = sitemapPaths();

test('the sitemap lists every kind of page', () => {
  for (const path of [
    '/',
    '/modalities/',
    '/compare/',
    '/quiz/',
    '/guides/',
    '/glossary/',
    '/sources/',
    '/about/',
    '/corrections/',
    '/conditions/',
  ]) {
    expect(paths).toContain(path);
  }
  expect(paths).toContain('/modalities/neuromuscular-therapy/');
  expect(paths).toContain('/modalities/deep-tissue-massage/');
  expect(paths).toContain('/compare/nmt-vs-deep-tissue/');
  expect(paths).toContain('/conditions/low-back-pain/');
  expect(paths).toContain('/modalities/category/relaxation/');
});

test('covers the types, pairs and conditions people choose between', () => {
  const count = (pattern: RegExp) => paths.filter((p) => pattern.test(p)).length;
  expect(count(/^\/modalities\/(?!category\/)[a-z-]+\/$/)).toBe(14);
  expect(count(/^\/compare\/[a-z-]+\/$/)).toBeGreaterThanOrEqual(10);
  expect(count(/^\/conditions\/[a-z-]+\/$/)).toBeGreaterThanOrEqual(6);
});

/**
 * Pages that share a template share their dark-mode colors, so dark mode is checked on one page
 * of each kind (every top-level page, and the first page under each deeper address pattern) and
 * light mode on every page. This keeps the crawl inside npm test's time budget as content grows.
 */
const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts.length < 2 ? path : `/${parts.slice(0, -1).join('/')}/*/`;
};
const darkChecked = new Set(paths.filter((p, i) => paths.findIndex((q) => templateOf(q) === templateOf(p)) === i));

for (const path of paths) {
  test.describe(path, () => {
    test('loads cleanly, has no axe violations in light and fits a 320 px screen', async ({ page }) => {
      const seen = watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Bodywork Guide/);
      await page.waitForLoadState('networkidle');
      expect(seen.errors).toEqual([]);
      expect(seen.crossOrigin).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // The same page at 320 px: no sideways scrolling.
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
        .toBeLessThanOrEqual(0);
    });

    if (darkChecked.has(path)) {
      test('has no axe violations in dark', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('dark mode is checked on one page of every kind', () => {
  for (const path of ['/', '/modalities/', '/conditions/', '/glossary/']) expect(darkChecked).toContain(path);
  for (const pattern of [
    /^\/modalities\/[a-z-]+\/$/,
    /^\/compare\/[a-z-]+\/$/,
    /^\/conditions\/[a-z-]+\/$/,
    /^\/modalities\/category\//,
  ]) {
    expect([...darkChecked].some((p) => pattern.test(p))).toBe(true);
  }
});

// Internal links and #anchors on every built page (embeds and 404 too) are checked on the built
// HTML by `npm run links` (tests/tools/links.ts), which `npm test` runs before these tests.

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const seen = watch(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Neuromuscular therapy vs deep tissue massage' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(seen.errors.filter((e) => !e.includes('404'))).toEqual([]);
});
