/**
 * Link previews and structured data on the built site: every page in the sitemap names a
 * 1200×630 PNG share image that exists, with the Open Graph and X/Twitter tags a preview needs;
 * its JSON-LD parses and its BreadcrumbList is exactly the breadcrumb people see.
 */
import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, test } from './support';
import { embedPageIds, sitemapPaths } from '../tools/built-site';
import { embedPath, paths as routePaths } from '../../src/lib/routes';

const paths = sitemapPaths();

/** The content of a `<meta property|name=…>` tag, or null. */
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content', { timeout: 1000 });

/** The size a PNG declares in its IHDR chunk, after checking it is a PNG at all. */
async function pngSize(request: APIRequestContext, url: string): Promise<{ width: number; height: number }> {
  // og:image names the public site; the same path is served here.
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every JSON-LD object on the page, parsed (a parse error fails the test). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const path of paths) {
  test(`${path} has a share image, preview tags and breadcrumb data that match the page`, async ({ page, request, baseURL }) => {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const title = await meta(page, 'og:title');
    const image = await meta(page, 'og:image');
    expect(title).toBeTruthy();
    expect(image).toMatch(/^https:\/\/[^/]+\/og\/.+\.png$/);
    expect(await meta(page, 'og:url')).toBe(canonical);
    expect(new URL(image ?? '').origin).toBe(new URL(canonical ?? '').origin);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    const alt = await meta(page, 'og:image:alt');
    expect(alt).toContain(path === '/' ? 'Bodywork Guide' : title);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'twitter:title')).toBe(title);
    expect(await meta(page, 'twitter:description')).toBe(await meta(page, 'og:description'));
    expect(await meta(page, 'twitter:image')).toBe(image);
    expect(await meta(page, 'twitter:image:alt')).toBe(alt);
    expect(await pngSize(request, image ?? '')).toEqual({ width: 1200, height: 630 });

    const data = await jsonLd(page);
    const lists = data.filter((d) => d['@type'] === 'BreadcrumbList');
    if (path === '/') {
      expect(lists).toEqual([]);
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
      return;
    }
    expect(lists).toHaveLength(1);
    // What people see: each link, then the current page (no link).
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    const seen = await crumbs.evaluateAll((items) =>
      items.map((li) => {
        const link = li.querySelector('a');
        return {
          name: (link ?? li.querySelector('[aria-current="page"]'))?.textContent?.trim(),
          href: link?.getAttribute('href'),
        };
      }),
    );
    const items = (lists[0]?.['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(seen.map((_, i) => i + 1));
    expect(items.map((i) => i.name)).toEqual(seen.map((s) => s.name));
    // Links resolve against the public site, the current page to its canonical address.
    const site = new URL(canonical ?? '');
    expect(items.map((i) => i.item)).toEqual(seen.map((s) => new URL(s.href ?? path, site).href));
    expect(seen.at(-1)?.href).toBeUndefined();
    expect(new URL(items.at(-1)?.item ?? '').pathname).toBe(new URL(page.url(), baseURL).pathname);
  });
}

test('embeds and the 404 page have no share image', async ({ page }) => {
  for (const path of [...embedPageIds().map(embedPath), '/404.html', routePaths.quizSheet]) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('meta[property="og:image"]'), path).toHaveCount(0);
    expect(await meta(page, 'twitter:card'), path).toBe('summary');
  }
});

test('a modality page describes its therapy: contraindications, adverse outcomes and how it is done', async ({ page }) => {
  await page.goto('/modalities/neuromuscular-therapy/');
  const [webPage] = (await jsonLd(page)).filter((d) => d['@type'] === 'MedicalWebPage');
  const therapy = webPage?.['about'] as Record<string, unknown>;
  expect(therapy).toMatchObject({ '@type': 'MedicalTherapy', name: 'Neuromuscular therapy' });
  expect(therapy['contraindication']).toEqual(expect.arrayContaining([expect.stringMatching(/blood thinners/)]));
  expect(therapy['adverseOutcome']).toEqual(
    expect.arrayContaining([{ '@type': 'MedicalEntity', name: expect.stringMatching(/^Serious harms are rare/) }]),
  );
  expect(therapy['howPerformed']).toMatch(/tender spots/);
  // It says what the page's cautions box says, item for item (contraindications, then what can go wrong).
  const shown = await page
    .locator('section:has(> #cautions) li')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s*Source \[\d+\]/g, '').trim()));
  const said = [
    ...(therapy['contraindication'] as string[]),
    ...(therapy['adverseOutcome'] as { name: string }[]).map((o) => o.name),
  ];
  expect(said).toEqual(shown);
  expect(JSON.stringify(webPage)).not.toMatch(/\[@|reviewedBy/);
});
