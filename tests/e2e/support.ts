/**
 * Shared helpers for the browser tests: the built site's URLs, a page watcher, and `test`, which
 * every spec uses instead of Playwright's own so that each test fails on any Content Security
 * Policy violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Frame, type Page } from '@playwright/test';

/** A browser message about something a Content Security Policy blocked (Chromium words it both ways). */
export const CSP_MESSAGE = /Refused to|violates the following Content Security Policy|Content Security Policy directive/i;

interface CspFixtures {
  /**
   * Violations this test expects (and asserts itself), e.g. a refused frame. Any other makes the
   * test fail. Set with `test.use({ allowedViolations: [/frame-ancestors/] })`.
   */
  allowedViolations: RegExp[];
  /**
   * Every Content Security Policy violation in any page or frame of the test's browser context:
   * each `securitypolicyviolation` event (directive, what was blocked, where) and each console
   * message about a refusal. Checked after the test; on for every test (auto).
   */
  cspViolations: string[];
}

export { expect };

/** Playwright's `test`, failing any test whose pages violate a Content Security Policy. */
export const test = base.extend<CspFixtures>({
  allowedViolations: [[], { option: true }],
  cspViolations: [
    async ({ context, allowedViolations }, use) => {
      const seen: string[] = [];
      await context.exposeBinding('__bwCspViolation', ({ frame }, text: string) => seen.push(`${text} (on ${frame.url()})`));
      // Runs in every frame before its own scripts, so nothing the page does is missed.
      await context.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) => {
            const report = (window as unknown as { __bwCspViolation?: (text: string) => void }).__bwCspViolation;
            report?.(`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}: ${e.sample}`);
          },
          true,
        );
      });
      context.on('console', (message) => {
        if (CSP_MESSAGE.test(message.text())) seen.push(`console: ${message.text()}`);
      });
      await use(seen);
      const unexpected = seen.filter((text) => !allowedViolations.some((allowed) => allowed.test(text)));
      expect(unexpected, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

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
  // Legacy mode runs axe in place instead of opening a blank page to gather frame results: about
  // twice as fast, which keeps the crawl of every page inside npm test's time budget. It cannot
  // test cross-origin frames, so a page that has one (a clinic's page with our embed) uses the
  // full mode, which does.
  const originOf = (url: string) => URL.parse(url)?.origin ?? 'unknown';
  const origin = originOf(page.url());
  const crossOrigin = page.frames().some((frame) => frame !== page.mainFrame() && originOf(frame.url()) !== origin);
  const builder = new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(!crossOrigin);
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
