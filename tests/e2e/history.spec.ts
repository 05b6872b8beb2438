// A page's upkeep as a reader sees it: the corrections log, a page's own corrections, the
// problem-report link, the review-due notice and the changes feed.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, axeViolations } from './support';

interface Correction {
  id: string;
  date: string;
  title: string;
  pages: string[];
}

const folder = new URL('../../content/corrections/', import.meta.url);
/** The recorded corrections, in file-name order (the pages' order is checked, not copied). */
const corrections: Correction[] = readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const data = parse(readFileSync(new URL(f, folder), 'utf8'), { schema: 'failsafe' }) as Omit<Correction, 'id'>;
    return { id: f.replace(/\.yaml$/, ''), ...data };
  });

const FLAGSHIP = { key: 'comparisons/nmt-vs-deep-tissue', path: '/compare/nmt-vs-deep-tissue/' };

test('the corrections page lists every correction newest first, with the pages it changed', async ({ page }) => {
  expect(corrections.length).toBeGreaterThan(0);
  await page.goto('/corrections/');
  const shown = await page.locator('[data-corrections-log] > li').evaluateAll((items) =>
    items.map((li) => ({
      id: li.id,
      title: li.querySelector('h2')?.textContent?.trim(),
      date: li.querySelector('time')?.getAttribute('datetime'),
      links: li.querySelectorAll('a').length,
    })),
  );
  // Each correction once, as its file records it…
  expect(shown.map((c) => c.id).sort()).toEqual(corrections.map((c) => c.id));
  for (const c of corrections) {
    expect(
      shown.find((s) => s.id === c.id),
      c.id,
    ).toEqual({ id: c.id, title: c.title, date: c.date, links: c.pages.length });
  }
  // …newest first.
  const dates = shown.map((c) => c.date ?? '');
  expect(dates).toEqual([...dates].sort().reverse());
  await expect(page.getByRole('link', { name: 'Follow changes with RSS' })).toHaveAttribute('href', '/changes.xml');
  expect(await axeViolations(page)).toEqual([]);
});

test('a page lists its own corrections under its references, and only its own', async ({ page }) => {
  const own = corrections.filter((c) => c.pages.includes(FLAGSHIP.key));
  expect(own.length).toBeGreaterThan(0);
  expect(own.length).toBeLessThan(corrections.length);
  await page.goto(FLAGSHIP.path);
  const section = page.getByRole('region', { name: 'Corrections to this page' });
  await expect(section.locator('li')).toHaveCount(own.length);
  expect((await section.locator('li a').allTextContents()).map((t) => t.trim()).sort()).toEqual(own.map((c) => c.title).sort());
  // It comes after the references, and "On this page" links to it.
  const order = await page.evaluate(() => {
    const refs = document.getElementById('references');
    const fixes = document.getElementById('page-corrections');
    return refs && fixes ? refs.compareDocumentPosition(fixes) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await expect(page.locator('nav a[href="#page-corrections"]').first()).toBeAttached();
  const firstTitle = (await section.locator('li a').first().textContent())?.trim();
  await section.locator('li a').first().click();
  await expect(page).toHaveURL(new RegExp(`/corrections/#${own.find((c) => c.title === firstTitle)?.id}$`));
});

test('"Report a problem with this page" opens an email with the page’s title and address', async ({ page }) => {
  await page.goto(FLAGSHIP.path);
  const title = await page.locator('h1').innerText();
  const link = page.getByRole('link', { name: 'Report a problem with this page' });
  const mail = new URL((await link.getAttribute('href')) ?? '');
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toMatch(/^[^@\s]+@[^@\s]+$/);
  expect(mail.searchParams.get('subject')).toBe(`Problem with “${title}”`);
  expect(mail.searchParams.get('body')).toContain(`https://bodyworkguide.org${FLAGSHIP.path}`);
  // No form posts anything anywhere (the only form is the search box, which stays on the site).
  await expect(page.locator('form[method="post" i]')).toHaveCount(0);
  const actions = await page.locator('form[action]').evaluateAll((forms) => forms.map((f) => (f as HTMLFormElement).action));
  for (const action of actions) expect(new URL(action).origin).toBe(new URL(page.url()).origin);
});

test('a page shows "Next review due", and the due notice from that date in the visitor’s own time zone', async ({ browser }) => {
  // In Los Angeles the due date starts at 08:00 UTC: the notice must wait for local midnight.
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  await page.goto(FLAGSHIP.path);
  const due = await page.getByText('Next review due').locator('time').getAttribute('datetime');
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const notice = page.getByText('This page is due for review');

  // The same built page, whatever day it was built: the visitor's date decides.
  await page.clock.install({ time: new Date(`${due}T07:30:00Z`) }); // 23:30 the evening before, in LA
  await page.reload();
  await expect(notice).toBeHidden();

  await page.clock.setFixedTime(new Date(`${due}T08:30:00Z`)); // 00:30 on the due date, in LA
  await page.reload();
  await expect(notice).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('the changes feed is valid RSS with new pages, corrections and fact checks, newest first', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/changes.xml');
  const response = await request.get('/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        version: doc.documentElement.getAttribute('version'),
        title: text(doc.documentElement, 'title'),
        items: [...doc.getElementsByTagName('item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link'),
          guid: text(item, 'guid'),
          date: Date.parse(text(item, 'pubDate')),
          category: text(item, 'category'),
        })),
      };
    },
    await response.text(),
  );

  expect(feed.error).toBe(0);
  expect(feed.version).toBe('2.0');
  expect(feed.title).toBe('Bodywork Guide: changes');
  expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
  const dates = feed.items.map((i) => i.date);
  expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(new Set(feed.items.map((i) => i.category))).toEqual(new Set(['new-page', 'correction', 'review']));
  for (const c of corrections) expect(feed.items.map((i) => i.title)).toContain(`Correction: ${c.title}`);
  expect(feed.items.filter((i) => i.category === 'new-page').map((i) => new URL(i.link).pathname)).toContain(FLAGSHIP.path);
  // Every link leads to a page on the site.
  for (const path of new Set(feed.items.map((i) => new URL(i.link).pathname)))
    expect((await request.get(path)).status(), path).toBe(200);
});
