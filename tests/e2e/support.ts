/** Shared helpers for the browser tests: the built site's URLs and a page watcher. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';

/** What a page did while a test ran: console errors, uncaught errors and cross-origin requests. */
export interface Watch {
  errors: string[];
  crossOrigin: string[];
}

/** Starts recording errors and any request that leaves the site's origin (the test's baseURL). */
export function watch(page: Page, origin = new URL(test.info().project.use.baseURL ?? '').origin): Watch {
  const seen: Watch = { errors: [], crossOrigin: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.errors.push(msg.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) seen.crossOrigin.push(url);
  });
  return seen;
}

/** WCAG 2.2 A and AA rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page (or only the parts `include` selects) and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  // Judge the settled page: not a frame that a script is still replacing (the clinics' builder
  // swaps its preview in 300 ms after load; judged mid-swap, its half-styled page failed
  // contrast about one run in five), and not a frame of a fade-in.
  await page.waitForLoadState('networkidle');
  for (const frame of page.frames()) await frame.waitForLoadState('load');
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await include.reduce((b, selector) => b.include(selector), builder).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** The site under test (the embed origin) and a clinic's site on a second origin (see playwright.config.ts). */
export const EMBED_ORIGIN = 'http://127.0.0.1:4329';
export const HOST_ORIGIN = 'http://127.0.0.1:4330';
/** The same built site on `wrangler pages dev` (Cloudflare's runtime), for the header tests. */
export const PAGES_ORIGIN = 'http://127.0.0.1:4331';

/** Opens the clinic's page and adds snippet HTML; scripts in it are added so that they run. */
export async function host(page: Page, html: string) {
  await page.goto(`${HOST_ORIGIN}/`);
  await page.evaluate((markup) => {
    const slot = document.getElementById('slot') as HTMLElement;
    const template = document.createElement('template');
    template.innerHTML = markup;
    for (const old of template.content.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      old.replaceWith(script);
    }
    slot.append(template.content);
  }, html);
}

/** The frame showing our page at this path (exactly our origin, not a look-alike). */
export async function embedFrame(page: Page, path: string): Promise<Frame> {
  const ours = (f: Frame) => f.url().startsWith(EMBED_ORIGIN + path);
  await expect.poll(() => page.frames().some(ours)).toBe(true);
  const frame = page.frames().find(ours) as Frame;
  await frame.waitForLoadState();
  return frame;
}
