/** Reads what the build wrote to dist/: the sitemap's paths and the embed pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { EMBED_PREFIX } from '../../src/lib/routes';

const dist = new URL('../../dist/', import.meta.url);

/** Every path in the built sitemap, e.g. `/compare/nmt-vs-deep-tissue/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('sitemap-0.xml', dist), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}

/** Every built embed page's id (`quiz`, `compare/x`, `modalities/y`), sorted, from dist/embed/. */
export function embedPageIds(): string[] {
  const walk = (dir: URL, prefix: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (!entry.isDirectory()) return [];
      const id = prefix + entry.name;
      const sub = new URL(`${entry.name}/`, dir);
      return existsSync(new URL('index.html', sub)) ? [id] : walk(sub, `${id}/`);
    });
  return walk(new URL(EMBED_PREFIX.slice(1), dist), '').sort();
}
