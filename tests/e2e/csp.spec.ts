/**
 * The Content Security Policy is a real response header (src/integrations/csp-header.ts writes
 * it into _headers, which the test server applies as Cloudflare does), it allows no inline code
 * but what it hashes, and the check every test runs (`test` in ./support) catches a violation.
 * Every other spec (every page, the whole quiz, the search dialog, the builder, the embeds) runs
 * under that check too.
 */
import { expect, test } from './support';
import { embedPageIds, pagePolicy, sitemapPaths } from '../tools/built-site';
import { parsePolicy } from '../../src/lib/csp';

/** The built file for a path: `/a/` → `a/index.html`. */
const fileOf = (path: string) => `${path.slice(1)}index.html`;

test('every page and embed is sent one policy that allows no inline code but what it hashes', async ({ request }) => {
  const paths = [...sitemapPaths(), ...embedPageIds().map((id) => `/embed/${id}/`)];
  expect(paths.length).toBeGreaterThan(40);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(headers, path).toHaveLength(1);
    const text = headers[0]?.value ?? '';
    // frame-ancestors first (from _headers: a meta tag cannot carry it), then the site's policy.
    expect(text, path).toMatch(path.startsWith('/embed/') ? /^frame-ancestors \*; / : /^frame-ancestors 'self'; /);
    const policy = parsePolicy(text);
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).toContain("'wasm-unsafe-eval'"); // Pagefind compiles its WebAssembly
    for (const list of [scripts, styles]) {
      expect(list, path).not.toContain("'unsafe-inline'");
      expect(list, path).not.toContain("'unsafe-eval'");
    }
    expect(
      [...policy.keys()].filter((name) => /-(elem|attr)$/.test(name)),
      path,
    ).toEqual([]);
    // The header allows everything the page's own meta policy (Astro's, with its hashes) allows.
    for (const [name, sources] of pagePolicy(fileOf(path))) {
      for (const source of sources) expect(policy.get(name), `${path} ${name}`).toContain(source);
    }
  }
});

test('JSON-LD is data, not script: a page carrying it reports no violation', async ({ page, cspViolations }) => {
  await page.goto('/compare/nmt-vs-deep-tissue/');
  // Its MedicalWebPage and BreadcrumbList, both inline, neither hashed: JSON-LD is not run.
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  expect(cspViolations).toEqual([]);
});

test.describe('the check', () => {
  // These tests cause violations on purpose and assert each one themselves.
  test.use({ allowedViolations: [/script-src|inline script|style-src|inline style/i] });

  test('catches an inline script and a style attribute, and lets scripts set styles through the DOM', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(cspViolations).toEqual([]);

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      return 'injectedRan' in window;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => cspViolations.some((v) => /securitypolicyviolation: script-src-elem blocked inline/.test(v)))
      .toBe(true);
    await expect.poll(() => cspViolations.some((v) => v.startsWith('console:') && /inline script/i.test(v))).toBe(true);

    cspViolations.length = 0;
    const heading = page.getByRole('heading', { level: 1 });
    const before = await heading.evaluate((el) => getComputedStyle(el).color);
    await heading.evaluate((el) => el.setAttribute('style', 'color: rgb(255, 0, 0)'));
    expect(await heading.evaluate((el) => getComputedStyle(el).color)).toBe(before);
    await expect
      .poll(() => cspViolations.some((v) => /securitypolicyviolation: style-src-attr blocked inline/.test(v)))
      .toBe(true);

    // The clinics' loader and the embed's clinic bar set sizes and colours this way: allowed.
    cspViolations.length = 0;
    await heading.evaluate((el) => el.removeAttribute('style'));
    await heading.evaluate((el) => (el.style.color = 'rgb(0, 0, 255)'));
    expect(await heading.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 255)');
    expect(cspViolations).toEqual([]);
  });

  test('the header alone enforces the policy: with the meta tag removed, an inline script is still blocked', async ({
    page,
    cspViolations,
  }) => {
    // The meta tag comes after the pre-paint script in <head>, so only the header governs the
    // start of the page. Serve the real page and headers, minus the meta, plus a script first.
    await page.route('**/guides/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
        .replace('<head>', '<head><script>window.earlyRan = true;</script>');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/guides/');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(0);
    expect(await page.evaluate(() => 'earlyRan' in window)).toBe(false);
    await page.waitForLoadState('networkidle');
    // Only the injected script was blocked: the pre-paint script and the page's own ran by their hashes.
    const events = cspViolations.filter((v) => v.startsWith('securitypolicyviolation'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/script-src-elem blocked inline/);
  });
});
