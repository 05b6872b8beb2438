import { type Page } from '@playwright/test';
import { expect, test, axeViolations } from './support';

const flagship = '/compare/nmt-vs-deep-tissue/';
/** One row: 44 px buttons, 12 px padding above and below, 1 px border. */
const ONE_ROW = 69;

/** The header's height and whether anything in the page is wider than the viewport. */
async function measure(page: Page) {
  await page.goto(flagship);
  await page.waitForFunction(() => customElements.get('bw-theme-toggle'));
  return page.evaluate(() => ({
    height: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}

for (const width of [320, 390, 640, 768, 900, 1024, 1100, 1280, 1440]) {
  test(`the header is one row at ${width} px and nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const { height, overflow } = await measure(page);
    expect(height).toBe(ONE_ROW);
    expect(overflow).toBe(0);
    // Every main link is reachable: in the row, or behind the Menu button.
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
  });
}

test.describe('at 200% page zoom (1280 px window)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('the header is one row', async ({ page }) => {
    const { height, overflow } = await measure(page);
    expect(height).toBe(ONE_ROW);
    expect(overflow).toBe(0);
  });
});

test('with text zoomed to 200% the header stays one row, with the links behind Menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(flagship);
  // Through the DOM, not an added <style> tag, which the Content Security Policy blocks.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const box = await page.getByRole('banner').boundingBox();
  // Everything doubles: 2.75rem buttons + 1.5rem padding at a 32 px root, and the border.
  expect(Math.round(box?.height ?? 0)).toBe(137);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the menu opens and closes by keyboard alone', async ({ page }) => {
    await page.goto(flagship);
    const menu = page.getByRole('button', { name: 'Menu' });
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(links.first()).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Compare', 'Modalities', 'Conditions', 'Quiz', 'Guides', 'About']) {
      await page.keyboard.press('Tab');
      await expect(links.filter({ hasText: name })).toBeFocused();
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(links.first()).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/$/);
  });

  test('a click outside closes the menu, and so does widening the window', async ({ page }) => {
    await page.goto(flagship);
    const menu = page.getByRole('button', { name: 'Menu' });
    const about = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' });
    await menu.click();
    await expect(about).toBeVisible();
    await page.mouse.click(5, 780); // below the open panel
    await expect(about).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.setViewportSize({ width: 1200, height: 800 });
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu', includeHidden: true })).toHaveAttribute('aria-expanded', 'false');
    // The links now sit in the row itself.
    const box = await about.boundingBox();
    expect(box?.y ?? 999).toBeLessThan(ONE_ROW);
  });
});

test('without JavaScript the Menu button still opens the links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(flagship);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modalities' })).toBeVisible();
  await context.close();
});
