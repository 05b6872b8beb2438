/**
 * Release gate: Lighthouse (mobile, its default form factor and throttling) on six kinds of page,
 * one run each: home, a modality, a comparison, the quiz, search and an embed. Prints every
 * page's four scores as a table and exits 1 if any is under 95 (our goal is 100), naming the page,
 * the category and the audits that cost points. Run after `npm run build`: `npm run lighthouse`.
 *
 * The built site is served by tests/tools/serve.ts on a free port, with the real `_headers` and
 * gzip, as a host serves it.
 *
 * Embed pages are `noindex` on purpose (the full page is the one to find; the robots meta says
 * `indexifembedded`), so their SEO score leaves out `is-crawlable`, the one audit that would
 * fail by design; every other SEO audit still counts.
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH), headless; the browser is launched by
 * chrome-launcher, Lighthouse's own launcher (installed with it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium.ts';

const PAGES = [
  '/',
  '/modalities/neuromuscular-therapy/',
  '/compare/nmt-vs-deep-tissue/',
  '/conditions/low-back-pain/',
  '/quiz/',
  '/search/',
  '/embed/quiz/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 95;

/** A port nobody is listening on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`The site server did not answer at ${url} within ${ms / 1000} s.`);
    await new Promise((r) => setTimeout(r, 100)); // polling the server's readiness, not a timed wait
  }
}

if (!existsSync('dist/index.html')) {
  console.error('No dist/index.html: run `npm run build` first.');
  process.exit(1);
}
const chromePath = process.env['CHROME_PATH'] ?? chromiumPath;

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['tests/tools/serve.ts', '--root', 'dist', '--port', String(port), '--compress'], {
  stdio: 'ignore',
});
const started = Date.now();
const failures: string[] = [];
const rows: string[][] = [];
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  await waitFor(`${origin}/`, 15_000);
  chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  for (const path of PAGES) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(path.startsWith('/embed/') ? { skipAudits: ['is-crawlable'] } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${path}: ${lhr.runtimeError.message}`);
    const row = [path];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      const score = Math.round((category?.score ?? 0) * 100);
      row.push(String(score));
      if (score < MINIMUM) {
        // The audits in this category that lost points, worst first.
        const lost = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
          .map(
            (audit) =>
              `${audit?.id} (${Math.round((audit?.score ?? 0) * 100)}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
          );
        failures.push(
          `${path} ${category?.title ?? id}: ${score} < ${MINIMUM}; audits losing points: ${lost.join(', ') || 'none listed'}`,
        );
      }
    }
    rows.push(row);
  }
} finally {
  await chrome?.kill();
  server.kill();
}

const header = ['Page (mobile)', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('(Embeds: SEO without is-crawlable, as they are noindex on purpose.)');
console.log(`Lighthouse 12.2.3: ${rows.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; minimum ${MINIMUM}.`);
if (failures.length > 0) {
  console.error(`Lighthouse failed on ${failures.length} scores:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
