import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support';

const flagship = '/compare/nmt-vs-deep-tissue/';

/** Presses Tab until the named control has focus, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto(flagship);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('the theme toggle works by keyboard, persists across pages and reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await background(page);

  await tabTo(page, /Dark theme/);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');
  expect(await background(page)).not.toBe(light);

  // Record the theme at the moment <body> first exists: it must already be dark.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody =
          document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modalities' }).click();
  await expect(page).toHaveURL(/\/modalities\/$/);
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  expect(await theme(page)).toBe('dark');

  await tabTo(page, /Dark theme/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe(light);
});

test('with no stored choice the site follows the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await theme(page)).toBe('system');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('a glossary term shows its definition on keyboard focus and hides it on Escape', async ({ page }) => {
  await page.goto(flagship);
  const term = page.locator('main .term a').first();
  const tip = page.locator('main .term [role="tooltip"]').first();
  await expect(tip).toBeHidden();
  await tabTo(page, new RegExp(`^${(await term.textContent())?.trim()}$`));
  await expect(term).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/\w{3,}/);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
});

test('printing a comparison hides navigation and keeps the table', async ({ page }) => {
  await page.goto(flagship);
  for (const shown of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
    page.getByRole('button', { name: 'Dark theme' }),
  ]) {
    await expect(shown).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
});
