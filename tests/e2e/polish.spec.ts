/**
 * Page polish (issue #13): "On this page" on phones, cards that line up, single dividers and
 * headings, and what a printout carries.
 */
import { type Locator, type Page } from '@playwright/test';
import { expect, test, axeViolations } from './support';
import { click, personas, tabTo } from './quiz-support';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const flagship = '/compare/nmt-vs-deep-tissue/';

/** The phone view of "On this page" (a disclosure) and the desktop one (beside the article). */
const phoneToc = (page: Page) => page.getByRole('navigation', { name: 'On this page' }).filter({ has: page.locator('details') });
const sideToc = (page: Page) => page.locator('nav[aria-labelledby="toc-title"]');

/** How many of these elements a reader can see (checkVisibility also knows closed disclosures). */
const seen = (items: Locator) => items.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

test.describe('"On this page" on a phone', () => {
  test.use({ viewport: phone });

  for (const path of ['/modalities/neuromuscular-therapy/', flagship, '/guides/when-not-to-get-a-massage/', '/guides/faq/']) {
    test(`${path} offers it, closed, with the same sections as the desktop list`, async ({ page }) => {
      await page.goto(path);
      const toc = phoneToc(page);
      await expect(toc).toBeVisible();
      await expect(sideToc(page)).toBeHidden();
      await expect(toc.getByRole('link').first()).toBeHidden();
      const desktopItems = await sideToc(page).locator('a').allTextContents();
      expect(desktopItems.length).toBeGreaterThan(2);
      expect(await toc.locator('a').allTextContents()).toEqual(desktopItems);
    });
  }

  test('opens by keyboard and its links take you to the section', async ({ page }) => {
    // The jump is instant with reduced motion, so the test waits for where it lands, not for an animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/modalities/neuromuscular-therapy/');
    const toc = phoneToc(page);
    const summary = toc.locator('summary');
    await tabTo(page, summary);
    expect((await summary.boundingBox())?.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    const link = toc.getByRole('link', { name: 'What the evidence says' });
    await expect(link).toBeVisible();
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(24);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#what-the-evidence-says$/);
    await expect(page.getByRole('heading', { name: 'What the evidence says', level: 2 })).toBeInViewport();
  });

  test('the dark theme passes axe with it open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(flagship);
    await phoneToc(page).locator('summary').click();
    await expect(phoneToc(page).getByRole('link').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('on a desktop, "On this page" sits beside the article and the disclosure is gone', async ({ page }) => {
  await page.setViewportSize(desktop);
  await page.goto('/modalities/neuromuscular-therapy/');
  await expect(sideToc(page)).toBeVisible();
  await expect(phoneToc(page)).toBeHidden();
});

test.describe('cards line up across a row', () => {
  test.use({ viewport: desktop });

  /** The tops of `part` in each list item, grouped by the item's row (its own top). */
  async function topsByRow(items: Locator, part: string) {
    const boxes = await items.evaluateAll(
      (els, selector) =>
        els.map((el) => ({
          row: Math.round(el.getBoundingClientRect().top),
          top: el.querySelector(selector)?.getBoundingClientRect().top,
        })),
      part,
    );
    const rows = new Map<number, number[]>();
    for (const { row, top } of boxes) rows.set(row, [...(rows.get(row) ?? []), top ?? Number.NaN]);
    return [...rows.values()];
  }

  for (const path of ['/modalities/', '/']) {
    test(`each fact on a type card is level with the same fact beside it (${path})`, async ({ page }) => {
      await page.goto(path);
      const cards = page.locator('li[data-modality-card]');
      expect(await cards.count()).toBeGreaterThanOrEqual(3);
      for (const fact of ['pressure', 'coverage', 'evidence']) {
        const rows = await topsByRow(cards, `[data-fact="${fact}"]`);
        expect(rows[0]?.length).toBe(3);
        for (const tops of rows) expect(Math.max(...tops) - Math.min(...tops), fact).toBeLessThan(1);
      }
    });
  }

  test('the bottom lines on /compare/ start level across a row', async ({ page }) => {
    await page.goto('/compare/');
    const cards = page.locator('main ul').first().locator(':scope > li');
    const rows = await topsByRow(cards, 'strong');
    expect(rows[0]?.length).toBe(2);
    for (const tops of rows) expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
  });
});

test('/compare/ names its matrix once: one heading, no second caption', async ({ page }) => {
  await page.goto('/compare/');
  const name = 'All massage types at a glance';
  await expect(page.getByRole('heading', { name })).toHaveCount(1);
  await expect(page.getByText(name)).toHaveCount(1);
  await expect(page.getByRole('table', { name })).toBeVisible();
});

test('one rule, not two, between the last question and the references', async ({ page }) => {
  for (const path of ['/guides/faq/', flagship]) {
    await page.goto(path);
    const faqs = page.getByRole('region', { name: 'Common questions' }).locator('[data-faq-list]');
    const references = page.getByRole('region', { name: 'References' });
    expect(await faqs.evaluate((el) => getComputedStyle(el).borderBottomWidth)).toBe('0px');
    expect(await references.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
  }
});

test.describe('print', () => {
  test('a printed page carries the site name and its address; the chart card stays whole', async ({ page }) => {
    await page.goto(flagship);
    const source = page.locator('[data-print-source]');
    await expect(source).toBeHidden();
    const address = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(address).toMatch(/^https:\/\/.+\/compare\/nmt-vs-deep-tissue\/$/);
    await page.emulateMedia({ media: 'print' });
    await expect(source).toBeVisible();
    await expect(source).toContainText('Bodywork Guide');
    await expect(source).toContainText(address ?? '');
    const charts = page.getByRole('region', { name: 'The differences at a glance' });
    expect(await charts.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('a quiz result prints only the references it cites, even with its Sources closed', async ({ page }) => {
    await page.goto('/quiz/');
    const same = personas.find((p) => p.name.startsWith('same day'));
    if (!same) throw new Error('no "same day" persona');
    await click(page, same.steps);
    const sources = page.locator('[data-references]');
    await expect(sources.getByRole('heading', { name: 'Sources for this result' })).toBeVisible();
    const cited = await page
      .locator('bw-quiz [data-quiz-result] .cite a')
      .evaluateAll((links) => new Set(links.map((a) => (a as HTMLAnchorElement).hash)).size);
    const items = sources.locator('li[id^="ref-"]');
    expect(cited).toBeGreaterThan(0);
    expect(cited).toBeLessThan(await items.count());
    await page.emulateMedia({ media: 'print' });
    expect(await seen(items)).toBe(cited);
    // Closed, as it starts in an embed: the screen hides the list, paper still shows it.
    await sources.locator('summary').click();
    await expect(sources).not.toHaveAttribute('open');
    expect(await seen(items)).toBe(cited);
    await page.emulateMedia({ media: 'screen' });
    expect(await seen(items)).toBe(0);
  });

  test("a quiz result's own page prints only the references it cites", async ({ page }) => {
    await page.goto('/quiz/result/same-day/');
    await page.emulateMedia({ media: 'print' });
    const cited = await page
      .locator('article .cite a')
      .evaluateAll((links) => new Set(links.map((a) => (a as HTMLAnchorElement).hash)).size);
    const items = page.getByRole('region', { name: 'References' }).locator('li[id^="ref-"]');
    expect(cited).toBeGreaterThan(0);
    expect(await seen(items)).toBe(cited);
  });
});
