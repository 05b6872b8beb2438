/**
 * Prints the JavaScript each built page ships (inline and external scripts, raw and gzipped),
 * and exits 1 if a page is over its budget. Run after `npm run build`: `npm run size`.
 * Budgets (gzipped): the quiz page 8 KB, the search page 4 KB (Pagefind itself loads only when
 * a visitor searches); every other page ~1 KB (the theme toggle and glossary tooltips only).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
/** Gzipped byte budgets by URL pattern; the first match wins. */
const BUDGETS: Array<[pattern: RegExp, bytes: number]> = [
  [/^\/quiz\/$/, 8 * 1024],
  [/^\/search\/$/, 4 * 1024],
  [/^\//, 1024],
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

function pageScripts(html: string): string {
  let js = '';
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (NOT_JS.test(attrs)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    js += src?.startsWith('/') ? readFileSync(join(DIST, src.split('?')[0] as string), 'utf8') : body;
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
