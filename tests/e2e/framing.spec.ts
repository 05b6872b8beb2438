/**
 * Who may frame our pages, and how long the clinics' loader is cached: public/_headers as
 * Cloudflare applies it. These tests run against `wrangler pages dev` (PAGES_ORIGIN, Cloudflare's
 * workerd runtime), check the headers it sends, and check that a browser really refuses to show
 * our pages in another site's frame. The last tests check that the plain test server
 * (tests/tools/serve.ts), which the rest of the suite uses, reads the file the same way.
 *
 * `wrangler pages dev` also sends `Access-Control-Allow-Origin: *` and `x-server-env: dev`, which
 * a deployed site does not; nothing here depends on them.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { type APIRequestContext, type APIResponse, type Frame, type Page } from '@playwright/test';
import { expect, test, HOST_ORIGIN, PAGES_ORIGIN } from './support';
import { embedPageIds, sitemapPaths, sitePolicy } from '../tools/built-site';
import { LOADER_PATH } from '../../src/lib/embed/pages';
import { embedPath, loaderPath } from '../../src/lib/routes';

const OURS_ONLY = "frame-ancestors 'self'";
const ANYONE = 'frame-ancestors *';
/** The script and style policy the build appends to each path's frame-ancestors (tests/e2e/csp.spec.ts checks it). */
const POLICY = sitePolicy();

// The refusals these tests cause on purpose (each test asserts its own).
test.use({ allowedViolations: [/frame-ancestors/] });
const PERMISSIONS =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** A page of each kind; the sitemap adds the rest. */
const SAMPLE = [
  '/',
  '/modalities/neuromuscular-therapy/',
  '/compare/nmt-vs-deep-tissue/',
  '/quiz/',
  '/search/',
  '/for-clinics/',
  '/sources/',
  '/glossary/',
  '/guides/',
  '/guides/faq/',
  '/about/',
];
const EMBED_SAMPLE = ['/embed/quiz/', '/embed/compare/nmt-vs-deep-tissue/', '/embed/modalities/neuromuscular-therapy/'];

/** Every value the response carries for a header, one entry per header line ("a, b" when Cloudflare joined two rules). */
const values = (response: APIResponse, name: string) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === name)
    .map((h) => h.value);

/** A path on Cloudflare's runtime, redirects not followed. */
const get = (request: APIRequestContext, path: string) => request.get(`${PAGES_ORIGIN}${path}`, { maxRedirects: 0 });

function expectEveryPathHeaders(response: APIResponse, label: string) {
  expect(values(response, 'x-content-type-options'), label).toEqual(['nosniff']);
  expect(values(response, 'referrer-policy'), label).toEqual(['strict-origin-when-cross-origin']);
  expect(values(response, 'permissions-policy'), label).toEqual([PERMISSIONS]);
}

/** Exactly one policy, ours only, and the X-Frame-Options fallback for old browsers. */
function expectOursOnly(response: APIResponse, label: string) {
  expect(values(response, 'content-security-policy'), label).toEqual([`${OURS_ONLY}; ${POLICY}`]);
  expect(values(response, 'x-frame-options'), label).toEqual(['SAMEORIGIN']);
  expectEveryPathHeaders(response, label);
}

/** Exactly one policy, anyone, and no X-Frame-Options (which would forbid other sites again). */
function expectAnyone(response: APIResponse, label: string) {
  expect(values(response, 'content-security-policy'), label).toEqual([`${ANYONE}; ${POLICY}`]);
  expect(values(response, 'x-frame-options'), label).toEqual([]);
  expectEveryPathHeaders(response, label);
}

test('every page may be framed only by our own site', async ({ request }) => {
  const paths = [...new Set([...SAMPLE, ...sitemapPaths()])];
  expect(paths.length).toBeGreaterThan(SAMPLE.length);
  for (const path of paths) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expectOursOnly(response, path);
  }
});

test('unknown paths, the 404 page and redirects may be framed only by our own site', async ({ request }) => {
  for (const path of ['/no-such-page/', '/compare/nope/', '/quiz/result/nope/', '/no-such-file.js']) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('We could not find that page');
    expectOursOnly(response, path);
  }
  // Cloudflare Pages drops `.html`: /404.html redirects to /404, which serves the page with 200.
  const html = await get(request, '/404.html');
  expect(html.status()).toBe(308);
  expect(html.headers()['location']).toBe('/404');
  expectOursOnly(html, '/404.html');
  const page = await get(request, '/404');
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('We could not find that page');
  expectOursOnly(page, '/404');
  // Adding the trailing slash or dropping index.html is a redirect too; it carries the same headers.
  for (const [path, location] of [
    ['/quiz', '/quiz/'],
    ['/index.html', '/'],
  ]) {
    const response = await get(request, path as string);
    expect(response.status(), path).toBe(308);
    expect(response.headers()['location'], path).toBe(location);
    expectOursOnly(response, path as string);
  }
});

test('embed pages may be framed by any site, with one policy and no X-Frame-Options', async ({ request }) => {
  const paths = [...new Set([...EMBED_SAMPLE, ...embedPageIds().map(embedPath)])];
  expect(paths.length).toBeGreaterThan(EMBED_SAMPLE.length);
  for (const path of [...paths, '/embed/quiz/?clinic=Harbour+Physio&theme=dark']) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expectAnyone(response, path);
  }
});

/**
 * Adds an iframe for each path on the current page and waits for each one's load event (a
 * refused frame loads the browser's error page, which fires it too). Returns their frames.
 */
async function frameAll(page: Page, paths: string[]): Promise<Frame[]> {
  await page.evaluate(
    (sources) =>
      Promise.all(
        sources.map(
          (src, i) =>
            new Promise<void>((resolve) => {
              const iframe = document.createElement('iframe');
              iframe.id = `framed-${i}`;
              iframe.title = `Framed ${i}`;
              iframe.addEventListener('load', () => resolve(), { once: true });
              iframe.src = src;
              (document.getElementById('slot') ?? document.body).append(iframe);
            }),
        ),
      ),
    paths.map((path) => `${PAGES_ORIGIN}${path}`),
  );
  return Promise.all(
    paths.map(async (_, i) => (await (await page.locator(`#framed-${i}`).elementHandle())?.contentFrame()) as Frame),
  );
}

test('another site cannot show our pages in a frame, 404 page included, but can show an embed', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refusals.push(message.text());
  });
  await page.goto(`${HOST_ORIGIN}/`);
  const refused = ['/no-such-page/', '/404.html', '/compare/nmt-vs-deep-tissue/'];
  const frames = await frameAll(page, [...refused, '/embed/quiz/']);

  // The embed, from the same server in the same page, renders: so the others could have.
  const embed = frames[refused.length] as Frame;
  expect(embed.url()).toBe(`${PAGES_ORIGIN}/embed/quiz/`);
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Which treatment may suit you?');

  // The others hold the browser's error page, never our document, because of our policy.
  for (const [i, path] of refused.entries()) {
    const frame = frames[i] as Frame;
    expect(frame.url(), path).toBe('chrome-error://chromewebdata/');
    await expect(frame.getByRole('heading', { name: /could not find that page|Neuromuscular therapy/ }), path).toHaveCount(0);
  }
  await expect.poll(() => refusals.length).toBe(refused.length);
  for (const text of refusals) expect(text).toContain(`"${OURS_ONLY}"`);
});

test("a full page reached through /embed/ with an encoded ../ shows nothing in another site's frame", async ({ page }) => {
  // Cloudflare matches _headers on the raw path but serves the decoded one, so this full quiz
  // page arrives with the embeds' `frame-ancestors *`. Its own pre-paint check hides it.
  await page.goto(`${HOST_ORIGIN}/`);
  const [frame] = await frameAll(page, ['/embed/..%2fquiz/']);
  await expect((frame as Frame).locator('html')).toHaveAttribute('data-framed-elsewhere', '');
  await expect((frame as Frame).getByRole('heading', { level: 1 })).toBeHidden();
  await expect((frame as Frame).locator('body')).toBeHidden();
});

test('our own pages may frame any of our pages', async ({ page }) => {
  await page.goto(`${PAGES_ORIGIN}/`);
  const [frame] = await frameAll(page, ['/compare/nmt-vs-deep-tissue/']);
  expect(frame?.url()).toBe(`${PAGES_ORIGIN}/compare/nmt-vs-deep-tissue/`);
  await expect((frame as Frame).getByRole('heading', { level: 1 })).toHaveText(/Neuromuscular therapy vs deep tissue massage/);
});

test('the moving loader is cached for 5 minutes, a versioned copy for a year, and a missing one not at all', async ({
  request,
}) => {
  const moving = await get(request, LOADER_PATH);
  expect(moving.status()).toBe(200);
  expect(values(moving, 'content-type')[0]).toMatch(/javascript/);
  expect(values(moving, 'cache-control')).toEqual(['public, max-age=300']);

  // Versioned copies the build made, plus one made here for the test (removed after it), so the
  // rule is checked even before the build ships any. The runtime reads files per request.
  const dummy = new URL('../../dist/embed/v0.0.0/', import.meta.url);
  mkdirSync(dummy, { recursive: true });
  copyFileSync(new URL(`../../dist${LOADER_PATH}`, import.meta.url), new URL('embed.js', dummy));
  try {
    const built = readdirSync(new URL('../../dist/embed/', import.meta.url)).filter((name) => /^v\d+\.\d+\.\d+$/.test(name));
    expect(built).toContain('v0.0.0');
    for (const version of built) {
      const response = await get(request, loaderPath(version.slice(1)));
      expect(response.status(), version).toBe(200);
      expect(values(response, 'cache-control'), version).toEqual(['public, max-age=31536000, immutable']);
    }
  } finally {
    rmSync(dummy, { recursive: true, force: true });
  }
  // A version that does not exist is a 404, which Cloudflare never lets a rule cache.
  const missing = await get(request, '/embed/v0.0.0/embed.js');
  expect(missing.status()).toBe(404);
  expect(values(missing, 'cache-control')).toEqual(['no-store']);
});

test('the test server applies _headers as Cloudflare does', async ({ request }) => {
  const names = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];
  const framing = (response: APIResponse) => Object.fromEntries(names.map((name) => [name, values(response, name)]));
  for (const path of ['/', '/compare/nmt-vs-deep-tissue/', '/no-such-page/', '/compare/nope/', ...EMBED_SAMPLE, LOADER_PATH]) {
    const local = await request.get(path, { maxRedirects: 0 });
    expect(framing(local), path).toEqual(framing(await get(request, path)));
  }
});

test('the test server matches rules on the decoded, normalised path it serves', async ({ request }) => {
  // An encoded "../" out of /embed/ serves the quiz, so it gets the quiz's rules. (wrangler pages
  // dev matches the raw path here but serves the decoded one; see the README.)
  const escaped = await request.get('/embed/..%2fquiz/');
  expect(escaped.status()).toBe(200);
  expect(values(escaped, 'content-security-policy')).toEqual([`${OURS_ONLY}; ${POLICY}`]);
  expect(values(escaped, 'x-frame-options')).toEqual(['SAMEORIGIN']);
});
