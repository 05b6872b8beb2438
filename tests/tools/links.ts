/**
 * Release gate: every internal link and `#anchor` in the built site leads somewhere. Linkinator
 * serves `dist/` itself and starts from every built page (pages, embeds and 404, not only those
 * reachable from the home page), following links within the site; each link's target must answer
 * 2xx and each `#fragment` must name an element id on that page. Nothing leaves the machine:
 * every address outside the site is skipped without a request. Exits 1 naming each broken link
 * and the page it is on. Run after `npm run build`: `npm run links [-- --root dist]`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const ROOT = at >= 0 && args[at + 1] ? (args[at + 1] as string) : 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(ROOT)
  .map((file) => relative(ROOT, file).split(sep).join('/'))
  .sort();
if (pages.length === 0) {
  console.error(`No HTML in ${ROOT}/: run \`npm run build\` first.`);
  process.exit(1);
}

const checker = new LinkChecker();
const result = await checker.check({
  path: pages,
  serverRoot: ROOT,
  recurse: true,
  checkFragments: true,
  // Offline and private: only the local server linkinator starts is ever asked.
  linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  // Linkinator 8.1 resolves every relative link against the address "undefined" when a page has
  // `<base target>` without `href`, as embed pages do (links open outside the frame): `#ref-1` on
  // /embed/quiz/ becomes /embed/quiz/undefined#ref-1. Resolving against the directory is what a
  // browser does, so map that last segment back.
  urlRewriteExpressions: [{ pattern: /^(http:\/\/127\.0\.0\.1:\d+\/(?:[^?#]*\/)?)undefined$/, replacement: '$1' }],
  concurrency: 10,
  timeout: 10_000,
});

const internal = result.links.filter((l) => l.state !== LinkState.SKIPPED);
const broken = internal.filter((l) => l.state === LinkState.BROKEN);
const external = new Set(result.links.filter((l) => l.state === LinkState.SKIPPED).map((l) => l.url)).size;
console.log(
  `Links: ${pages.length} pages, ${internal.length} internal addresses checked with their #anchors, ${external} other addresses skipped (no request), ${broken.length} broken.`,
);
for (const link of broken) {
  // A missing anchor comes back as a message; a missing page as its status.
  const why = link.failureDetails?.find((d): d is Error => d instanceof Error)?.message ?? `status ${link.status ?? 'none'}`;
  console.error(`  /${link.url} on /${link.parent ?? '?'}: ${why}`);
}
if (broken.length > 0) {
  console.error(`Link check failed: ${broken.length} broken internal links or anchors (listed above).`);
  process.exit(1);
}
