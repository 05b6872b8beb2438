/**
 * Benchmark (not a test): how long the content check takes to parse every MDX body and collect
 * its <Cite> and <Term> tags, as the build does once per run. Prints the first (cold) pass over
 * the real content, the median of warm passes, and the same for the bodies repeated to 1,000 and
 * 2,000 pages, to show the cost grows in step with the amount of text.
 *
 *   npm run bench:mdx
 */
import { scanMdxTags } from '../../src/lib/content/mdx-tags';
import { readContentPages } from './content-files';

const RUNS = 5;
const NAMES: ReadonlySet<string> = new Set(['Cite', 'Term']);
const bodies = readContentPages()
  .map((p) => p.body)
  .filter(Boolean);

/** Milliseconds to scan every body once; fails loudly if any body is not valid MDX. */
function pass(set: readonly string[]): { ms: number; tags: number } {
  let tags = 0;
  const start = performance.now();
  for (const body of set) {
    const scan = scanMdxTags(body, NAMES);
    if (!scan.ok) throw new Error(`not valid MDX at body line ${scan.line}: ${scan.reason}`);
    tags += scan.tags.length;
  }
  return { ms: performance.now() - start, tags };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (set: readonly string[]) => set.reduce((n, b) => n + Buffer.byteLength(b), 0) / 1024;
const repeated = (n: number) => Array.from({ length: n }, (_, i) => bodies[i % bodies.length] ?? '');

const cold = pass(bodies);
console.log(`${bodies.length} MDX bodies, ${kb(bodies).toFixed(0)} KB, ${cold.tags} <Cite>/<Term> tags`);
console.log(`  first pass (cold):   ${cold.ms.toFixed(1)} ms`);
for (const [label, set] of [
  ['real content', bodies],
  ['1,000 pages', repeated(1000)],
  ['2,000 pages', repeated(2000)],
] as const) {
  const times = Array.from({ length: RUNS }, () => pass(set).ms);
  const ms = median(times);
  console.log(
    `  ${label.padEnd(14)} ${kb(set).toFixed(0).padStart(6)} KB  median of ${RUNS}: ${ms.toFixed(1).padStart(7)} ms` +
      `  (${((ms / kb(set)) * 1000).toFixed(0)} µs/KB, ${(ms / set.length).toFixed(2)} ms/page)`,
  );
}
