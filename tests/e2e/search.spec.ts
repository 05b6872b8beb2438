import { type Page } from '@playwright/test';
import { expect, test, axeViolations } from './support';
import { PAGE_SIZE } from '../../src/lib/search';

const results = (page: Page) => page.locator('[data-search-results] .search-result');

/** Waits until the first page of results has rendered: the status line is written after it. */
async function resultsFor(page: Page, query: string) {
  await expect(page.locator('[data-search-status]')).toContainText(`for “${query}”`);
}

async function searchFor(page: Page, query: string) {
  await page.getByLabel('Search for').fill(query);
  await resultsFor(page, query);
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
  await resultsFor(page, 'relaxation');
  const top = await results(page).locator('.search-result-title').allTextContents();
  expect(top.slice(0, 3).some((t) => /Swedish/.test(t))).toBe(true);
});

test('a type filter narrows the results', async ({ page }) => {
  // The count is only read once the status line reports it: results appear one by one, and the
  // status is written after the first page of them has rendered.
  const status = page.locator('[data-search-status]');
  const reported = async () => Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
  await page.goto('/search/?q=massage');
  await expect(status).toHaveText(/^\d+ results for “massage”$/);
  const all = await reported();
  await page.locator('label', { hasText: 'Comparisons' }).click();
  await expect(status).not.toHaveText(`${all} results for “massage”`);
  await expect(status).toHaveText(/^\d+ results? for “massage”$/);
  const comparisons = await reported();
  expect(comparisons).toBeGreaterThan(0);
  expect(comparisons).toBeLessThan(all);
  await expect(results(page)).toHaveCount(Math.min(comparisons, PAGE_SIZE));
  for (const type of await results(page).locator('.search-result-type').allTextContents()) expect(type).toBe('Comparison');
});

test('arrow keys move from the search box through the results', async ({ page }) => {
  await page.goto('/search/?q=deep%20tissue');
  await resultsFor(page, 'deep tissue');
  await page.getByLabel('Search for').focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Search for')).toBeFocused();
});

test('"Show more results" reaches every result the count promises, and focus moves to the first new one', async ({ page }) => {
  await page.goto('/search/?q=massage');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('results for “massage”');
  const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  await expect(results(page)).toHaveCount(10);
  const more = page.getByRole('button', { name: /Show more results/ });
  await expect(more).toHaveText(`Show more results (${total - 10} more)`);
  await more.click();
  await expect(results(page)).toHaveCount(20);
  await expect(results(page).nth(10)).toBeFocused();
  for (let shown = 20; shown < total; shown += 10) {
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(shown + 10, total));
  }
  await expect(more).toBeHidden();
  await expect(results(page)).toHaveCount(total);
  // A new search starts again at ten.
  await page.getByLabel('Search for').fill('deep tissue massage');
  await expect(status).toContainText('deep tissue massage');
  expect(await results(page).count()).toBeLessThanOrEqual(10);
});

test('on a phone the filters take one row, the placeholder fits and there is no arrow-key hint', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/search/');
  const chips = page.locator('[data-search-filters] label');
  const tops = await chips.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const input = page.getByLabel('Search for');
  const fits = await input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return ctx.measureText(el.placeholder).width <= room;
  });
  expect(fits).toBe(true);
  // A touch screen has no arrow keys to mention.
  await expect(page.getByText('Use the arrow keys to move through them.')).toBeHidden();
  await context.close();
});

test('with a mouse the search page mentions the arrow keys', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Use the arrow keys to move through them.')).toBeVisible();
});

test('pages load nothing of search until the visitor opens it', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/|\/search\/panel\.js/.test(r.url())) searchFiles.push(new URL(r.url()).pathname);
  });
  for (const path of ['/', '/compare/nmt-vs-deep-tissue/', '/quiz/', '/glossary/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(searchFiles).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect.poll(() => searchFiles).toContain('/pagefind/pagefind.js');
  expect(searchFiles).toContain('/search/panel.js');
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });

test('the header button opens the search dialog; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/modalities/swedish-massage/');
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByLabel('Search for')).toBeFocused();
  await page.keyboard.type('trigger point');
  await expect(dialog(page).locator('.search-result').first()).toBeVisible();
  // Escape closes at once, even with text in the box.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

for (const [name, keys] of [
  ['/', ['/']],
  ['Ctrl+K', ['Control+k']],
  ['Cmd+K', ['Meta+k']],
] as const) {
  test(`${name} opens the search dialog from anywhere, and focus goes back on close`, async ({ page }) => {
    await page.goto('/compare/nmt-vs-deep-tissue/');
    const link = page.getByRole('main').getByRole('link').first();
    await link.focus();
    for (const key of keys) await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible();
    const input = dialog(page).getByLabel('Search for');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue(''); // the shortcut itself is not typed
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();
  });
}

test('the / shortcut can be turned off (and Ctrl+K still works)', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  await dialog(page)
    .getByRole('checkbox', { name: /Open search with the \/ key/ })
    .uncheck();
  await page.keyboard.press('Escape');
  await page.goto('/compare/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('checkbox', { name: /Open search with the \/ key/ })).not.toBeChecked();
});

test('typing / in a text box types it rather than opening search', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByLabel('Search for');
  await input.fill('');
  await input.press('/');
  await expect(input).toHaveValue('/');
  // On /search/ the shortcut goes to the page's own box; there is no dialog.
  await page.getByRole('main').getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('following a result from the dialog goes to the page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await dialog(page).getByLabel('Search for').fill('relaxation');
  await dialog(page).locator('.search-result', { hasText: 'Swedish massage' }).first().click();
  await expect(page).toHaveURL(/swedish-massage/);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('with no JavaScript the header search is a link to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await context.close();
});

test('no embed page is in the search index', async ({ page }) => {
  await page.goto('/search/');
  const urls = await page.evaluate(async (bundle) => {
    const pagefind = await import(/* @vite-ignore */ bundle);
    const found = await pagefind.search(null);
    const pages = await Promise.all(found.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
    return pages.map((p) => p.url);
  }, '/pagefind/pagefind.js');
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the search page with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=pressure');
    await resultsFor(page, 'pressure');
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the search dialog open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/modalities/neuromuscular-therapy/');
    await page.keyboard.press('Control+k');
    await dialog(page).getByLabel('Search for').fill('knots');
    await expect(dialog(page).locator('.search-result').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds nothing with the search dialog open on a phone, with results and with none', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/guides/faq/');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  const input = dialog(page).getByLabel('Search for');
  await input.fill('knots');
  await expect(dialog(page).locator('.search-result').first()).toBeVisible();
  // The dialog fits the phone: no sideways scrolling, and the first result is in view.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(dialog(page).locator('.search-result').first()).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
  await input.fill('zzqxv');
  await expect(dialog(page).locator('[data-search-empty]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
