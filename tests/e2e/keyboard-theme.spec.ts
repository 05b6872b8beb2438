import { type Page } from '@playwright/test';
import { expect, test, axeViolations } from './support';

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

/** The theme button, whatever it is set to (its name always states the current choice). */
const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme: / });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('bw-theme'));

test('the theme button cycles device, light and dark by keyboard and can return to the device', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: device (light)');
  const light = await background(page);

  await tabTo(page, /^Theme: /);
  await page.keyboard.press('Enter');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: light');
  expect(await theme(page)).toBe('light');
  expect(await stored(page)).toBe('light');

  await page.keyboard.press('Space');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: dark');
  expect(await theme(page)).toBe('dark');
  expect(await background(page)).not.toBe(light);

  // Back to following the device: nothing stored, and a device change now shows.
  await page.keyboard.press('Enter');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: device (light)');
  expect(await theme(page)).toBe('system');
  expect(await stored(page)).toBeNull();
  expect(await background(page)).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(themeButton(page)).toHaveAccessibleName('Theme: device (dark)');
  expect(await background(page)).not.toBe(light);
});

for (const choice of ['dark', 'light'] as const) {
  test(`a stored ${choice} theme is in place before the first paint, against the device`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: choice === 'dark' ? 'light' : 'dark' });
    await page.goto('/');
    await page.evaluate((c) => localStorage.setItem('bw-theme', c), choice);
    // Record the theme at the moment <body> first exists: it must already be the stored one.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody =
            document.documentElement.dataset['theme'] ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/modalities/');
    expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody)).toBe(choice);
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${choice}`);
  });
}

test('with no stored choice the site follows the device theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await theme(page)).toBe('system');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: device (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(themeButton(page)).toHaveAccessibleName('Theme: device (light)');
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
    themeButton(page),
  ]) {
    await expect(shown).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(themeButton(page)).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
});
