/** Reads what the build wrote to dist/: the sitemap's paths, the embed pages and the pages' policies. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mergePolicies, metaPolicy, parsePolicy, serializePolicy } from '../../src/lib/csp';
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

/** Every built HTML file, relative to dist/ (e.g. `quiz/index.html`). */
export function htmlFiles(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A built page's own `<meta>` policy (Astro's), parsed. */
export function pagePolicy(file: string) {
  return parsePolicy(metaPolicy(readFileSync(new URL(file, dist), 'utf8')) ?? '');
}

/**
 * The site's script and style policy, as the build appends it to every Content-Security-Policy
 * header after that path's frame-ancestors: every page's meta policy, merged.
 */
export function sitePolicy(): string {
  return serializePolicy(mergePolicies(htmlFiles().map(pagePolicy)));
}
