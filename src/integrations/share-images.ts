/**
 * Renders every page's share image after `astro build`: for each built page whose head names an
 * og:image under /og/ (ShareMeta.astro), it reads the page's og:title and article:section back,
 * lays the card out (src/lib/share-card.ts) with satori and writes a 1200×630 PNG with resvg.
 * Reading the built pages means there is no second list of pages to keep in step: a page that
 * asks for an image gets one, and embeds and the 404 (which ask for none) get none.
 *
 * Cost per page matters (a 1,000-page build makes 1,000 images), so:
 *  - the fonts (@fontsource WOFF files; satori cannot read WOFF2) and the logo are read once;
 *  - resvg rasterizes and zlib compresses off the main thread (`renderAsync`, ./png.ts) while
 *    satori lays out the next cards;
 *  - each PNG is kept in `<cacheDir>/share-images/`, named by a hash of everything that decides
 *    its pixels (the card's element tree, the fonts, satori and resvg versions), so a rebuild
 *    redraws only cards that changed. Entries no page used in this build are deleted.
 * The hook prints how many images it made, how many it had to draw, and the time each took.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { CARD_COLORS, CARD_FONTS, SHARE_IMAGE, readShareMeta, shareCardTree, type ShareCard } from '../lib/share-card';
import { encodePng } from './png';
import { isShareImagePath } from '../lib/routes';
import { stringsFor } from '../strings';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => require.resolve(`@fontsource/${pkg}/files/${file}`);
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/** The font files the card uses, by family and weight (latin subset: the site is in English). */
const fontFiles = [
  { name: CARD_FONTS.display, weight: 600, file: fontFile('source-serif-4', 'source-serif-4-latin-600-normal.woff') },
  { name: CARD_FONTS.sans, weight: 400, file: fontFile('source-sans-3', 'source-sans-3-latin-400-normal.woff') },
  { name: CARD_FONTS.sans, weight: 700, file: fontFile('source-sans-3', 'source-sans-3-latin-700-normal.woff') },
] as const;

interface Assets {
  fonts: Font[];
  logo: string;
  /** A hash of the fonts and renderer versions: part of every cache key. */
  renderer: string;
}

let assets: Promise<Assets> | undefined;

/** The fonts and the logo, read from disk once per process however many cards are made. */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const fonts = await Promise.all(
      fontFiles.map(async ({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: await readFile(file) })),
    );
    const svg = await readFile(new URL('../components/layout/favicon.svg', import.meta.url), 'utf8');
    const renderer = createHash('sha256').update(`satori@${versionOf('satori')} resvg@${versionOf('@resvg/resvg-js')} png@1`); // bump png@ when ./png.ts changes its output
    for (const font of fonts) renderer.update(`${font.name}/${font.weight}`).update(font.data);
    return { fonts, logo: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, renderer: renderer.digest('hex') };
  })();
  return assets;
}

/** One card as PNG bytes, and its cache key. */
async function drawCard(card: ShareCard): Promise<{ key: string; draw: () => Promise<Buffer> }> {
  const { fonts, logo, renderer } = await loadAssets();
  const tree = shareCardTree(card, logo);
  const key = createHash('sha256').update(renderer).update(JSON.stringify(tree)).digest('hex').slice(0, 32);
  return {
    key,
    draw: async () => {
      // satori's types expect a React element; the tree has exactly that shape.
      const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts });
      // An opaque background, so resvg's premultiplied pixels are the plain ones a PNG holds.
      const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width }, background: CARD_COLORS.bg });
      return encodePng(image.width, image.height, image.pixels);
    },
  };
}

/** One card as PNG bytes (no cache). */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  return (await drawCard(card)).draw();
}

/** The card a built page asks for: the site's own card (with the tagline) when it has no type. */
export function cardFor(
  meta: { title: string; type?: string | undefined; locale?: string | undefined },
  host: string,
): ShareCard {
  const { site } = stringsFor(meta.locale);
  return meta.type
    ? { title: meta.title, type: meta.type, siteName: site.name, host }
    : { title: meta.title, tagline: site.tagline, siteName: site.name, host };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export function shareImages(): AstroIntegration {
  let siteUrl: URL | undefined;
  let cacheDir: URL | undefined;
  return {
    name: 'bodywork:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ? new URL(config.site) : undefined;
        cacheDir = new URL('share-images/', config.cacheDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!siteUrl || !cacheDir)
          throw new Error('Share images need `site` in astro.config.mjs: og:image must be an absolute URL.');
        const origin = siteUrl.origin;
        const host = siteUrl.host;
        const cache = cacheDir;
        await mkdir(cache, { recursive: true });
        const started = performance.now();
        // One PNG per distinct card, however many pages show it: from the cache, or drawn once
        // (and written to the cache under a temporary name first, so no reader sees half a file).
        const cards = new Map<string, Promise<Buffer>>();
        let made = 0;
        let drawn = 0;
        const pngOf = (key: string, draw: () => Promise<Buffer>): Promise<Buffer> => {
          let png = cards.get(key);
          if (!png) {
            const cached = new URL(`${key}.png`, cache);
            png = readFile(cached).catch(async () => {
              const fresh = await draw();
              drawn++;
              const partial = new URL(`${key}.png.${process.pid}.tmp`, cache);
              await writeFile(partial, fresh);
              await rename(partial, cached);
              return fresh;
            });
            cards.set(key, png);
          }
          return png;
        };
        // Two lanes per core: one lays out with satori while resvg and zlib work in libuv's pool.
        await inPool(pages, 2 * availableParallelism(), async ({ pathname }) => {
          const htmlFile = new URL(`${pathname.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, ''), dir);
          const html = await readFile(htmlFile, 'utf8').catch(() => undefined);
          const meta = html && readShareMeta(html);
          if (!meta) return;
          const image = new URL(meta.image);
          if (image.origin !== origin || !isShareImagePath(image.pathname)) {
            throw new Error(`${fileURLToPath(htmlFile)}: og:image ${meta.image} is not a share image under ${origin}/og/`);
          }
          const out = new URL(`.${image.pathname}`, dir);
          const { key, draw } = await drawCard(cardFor(meta, host));
          made++;
          await mkdir(new URL('.', out), { recursive: true });
          await writeFile(out, await pngOf(key, draw));
        });
        const used = new Set([...cards.keys()].map((key) => `${key}.png`));
        for (const file of await readdir(cache)) if (!used.has(file)) await rm(new URL(file, cache), { force: true });
        const ms = performance.now() - started;
        const each = made ? (ms / made).toFixed(1) : '0';
        logger.info(`${made} share images (${drawn} drawn, the rest from the cache) in ${Math.round(ms)} ms, ${each} ms each`);
      },
    },
  };
}
