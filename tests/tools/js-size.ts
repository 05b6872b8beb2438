/**
 * Prints the JavaScript each built page ships (inline and external scripts, raw and gzipped),
 * and exits 1 if a page is over its budget. Run after `npm run build`: `npm run size`.
 * Scripts count with the chunks they import statically. Budgets (gzipped): the quiz page 8 KB,
 * the therapist sheet 4 KB (it decodes and scores the quiz link itself), the search page 4 KB (Pagefind itself loads only when a visitor searches); every other page
 * 1.5 KB, the content-page budget set in issue 13 (the theme toggle, the search dialog's opener,
 * glossary tooltips and the review-due check that reveals the notice once a page is past its
 * review date without a rebuild; the dialog's panel,
 * /search/panel.js, loads only when a visitor opens search). Embed pages: 3.25 KB (their clinic
 * bar, the parameter checks, rounded resize reporting, booking events and the WordPress check;
 * WordPress's own protocol, /embed/wordpress.js, loads only inside WordPress; 3 KB until
 * issue 14, whose HTML and Lighthouse gates put the booking link in a <template> until it has an
 * address, about 60 B), the embedded quiz 8 KB, For clinics 4.5 KB
 * (its snippet builder, plus the site chrome every page carries: in issue 13 the header's menu
 * and three-state theme button added about 170 B, which took it past 4 KB; the builder itself did
 * not grow). The clinics' loader (LOADER_PATH, /embed/v1/embed.js): 3 KB.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOADER_PATH } from '../../src/lib/embed/pages';

const DIST = 'dist';
/** Gzipped byte budgets by URL pattern; the first match wins. */
const BUDGETS: Array<[pattern: RegExp, bytes: number]> = [
  [/^(\/embed)?\/quiz\/$/, 8 * 1024],
  [/^\/quiz\/sheet\/$/, 4 * 1024],
  [/^\/embed\//, 3.25 * 1024],
  [/^\/for-clinics\/$/, 4.5 * 1024],
  [/^\/search\/$/, 4 * 1024],
  [/^\//, 1536],
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NOT_JS = /type\s*=\s*["']?(application\/(ld\+)?json|text\/plain)/i;

/** Static imports in a built chunk (`import"./a.js"`, `from"../b.js"`); dynamic import() is not followed. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** A module file and every chunk it imports statically, each counted once per page. */
function moduleWithImports(file: string, seen: Set<string>): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let js = code;
  for (const [, spec = ''] of code.matchAll(STATIC_IMPORT)) js += moduleWithImports(join(dirname(file), spec), seen);
  return js;
}

function pageScripts(html: string): string {
  let js = '';
  const seen = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (NOT_JS.test(attrs)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    js += src?.startsWith('/') ? moduleWithImports(join(DIST, src.split('?')[0] as string), seen) : body;
  }
  return js;
}

const rows = htmlFiles(DIST).map((file) => {
  const url =
    '/' +
    relative(DIST, file)
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '/');
  const js = pageScripts(readFileSync(file, 'utf8'));
  const raw = Buffer.byteLength(js);
  const gzip = raw ? gzipSync(js, { level: 9 }).length : 0;
  const budget = BUDGETS.find(([pattern]) => pattern.test(url))?.[1] ?? Infinity;
  return { url, raw, gzip, budget };
});
// The loader clinics include on their own pages (not a page, so it has its own budget).
const loader = readFileSync(join(DIST, LOADER_PATH), 'utf8');
rows.push({
  url: LOADER_PATH,
  raw: Buffer.byteLength(loader),
  gzip: gzipSync(loader, { level: 9 }).length,
  budget: 3 * 1024,
});
rows.sort((a, b) => a.url.localeCompare(b.url));

const width = Math.max(...rows.map((r) => r.url.length), 4);
console.log(`${'page'.padEnd(width)}  ${'raw B'.padStart(7)}  ${'gzip B'.padStart(7)}  budget`);
for (const r of rows) {
  const flag = r.gzip > r.budget ? '  OVER' : '';
  console.log(`${r.url.padEnd(width)}  ${String(r.raw).padStart(7)}  ${String(r.gzip).padStart(7)}  ${r.budget}${flag}`);
}
const over = rows.filter((r) => r.gzip > r.budget);
console.log(`\n${rows.length} pages; largest ${Math.max(...rows.map((r) => r.gzip))} B gzipped; ${over.length} over budget.`);
process.exit(over.length ? 1 : 0);
