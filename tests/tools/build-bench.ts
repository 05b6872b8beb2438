/**
 * Benchmark (not a test): how the build scales. Copies the project to a scratch folder (sharing
 * node_modules), adds N synthetic content pages derived from the real ones (default 1,000: 40%
 * modalities, 30% comparisons, 30% guides, each with a unique id, title and order, valid against
 * the schemas and the content checks), runs the build there as `npm run build` does (astro build,
 * then pagefind), and prints the wall time, peak memory and ms per built page, for Astro and
 * Pagefind apart. Needs GNU time (/usr/bin/time; Debian: `apt-get install time`).
 *
 *   npm run bench:build [-- --pages 1000] [--starlight] [--keep]
 *
 * `--starlight` also builds a plain Starlight site (@astrojs/starlight 0.42.9 on the same Astro)
 * with one page per page our build made from the synthetic content (their titles and prose),
 * installed once into a scratch folder outside the project and built there (reused by later
 * runs), so the two can be compared on the same machine. `--keep` leaves the scratch folders for inspection.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const N = at >= 0 ? Number(args[at + 1]) : 1000;
const withStarlight = args.includes('--starlight');
const keep = args.includes('--keep');
if (!Number.isInteger(N) || N < 0) throw new Error(`--pages must be a whole number, not "${args[at + 1]}"`);
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench:build needs GNU time at /usr/bin/time for peak memory (Debian: apt-get install time).');
  process.exit(1);
}

const root = resolve('.');
const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.9' };

interface Run {
  seconds: number;
  peakMiB: number;
}

/** Runs a command under GNU time; returns wall seconds and the peak resident memory of its largest process. */
function timed(label: string, cwd: string, command: string, commandArgs: string[]): Run {
  const report = join(cwd, `.time-${label}.txt`);
  const run = spawnSync(TIME, ['-v', '-o', report, command, ...commandArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`${label} failed in ${cwd}:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
    process.exit(1);
  }
  const text = readFileSync(report, 'utf8');
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  if (!wall || !rss) throw new Error(`Could not read GNU time's report:\n${text}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, peakMiB: Number(rss[1]) / 1024 };
}

function htmlCount(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return n + (name === 'pagefind' ? 0 : htmlCount(path));
    return n + (name.endsWith('.html') ? 1 : 0);
  }, 0);
}

/** The real entries of a collection: file name (without .mdx) and text. */
function realEntries(collection: string): Array<{ id: string; text: string }> {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Replaces one top-level frontmatter field (a one-line value). */
function setField(text: string, field: string, value: string): string {
  const pattern = new RegExp(`^${field}: .*$`, 'm');
  if (!pattern.test(text)) throw new Error(`No "${field}:" line to replace`);
  return text.replace(pattern, `${field}: ${value}`);
}

const yamlString = (s: string) => JSON.stringify(s);
const titleOf = (text: string) => {
  const raw = /^title: (.*)$/m.exec(text)?.[1] ?? 'Page';
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
};

interface Synthetic {
  collection: 'modalities' | 'comparisons' | 'guides';
  id: string;
  title: string;
  body: string;
}

/** Writes N synthetic entries into `content/` of the scratch copy and returns them. */
function generate(site: string, n: number): Synthetic[] {
  const modalities = realEntries('modalities');
  const comparisons = realEntries('comparisons');
  const guides = realEntries('guides');
  const counts = { modalities: Math.round(n * 0.4), comparisons: Math.round(n * 0.3) };
  const made: Synthetic[] = [];
  const write = (collection: Synthetic['collection'], id: string, text: string) => {
    writeFileSync(join(site, 'content', collection, `${id}.mdx`), text);
    made.push({ collection, id, title: titleOf(text), body: text.replace(/^---\n[\s\S]*?\n---\n/, '') });
  };
  const modalityIds: string[] = [];
  for (let i = 0; i < counts.modalities; i += 1) {
    const base = modalities[i % modalities.length] as { id: string; text: string };
    const id = `bench-${base.id}-${i}`;
    let text = setField(base.text, 'title', yamlString(`${titleOf(base.text)} variant ${i}`));
    text = setField(text, 'shortName', yamlString(`V${i}`));
    text = setField(text, 'order', String(1000 + i));
    write('modalities', id, text);
    modalityIds.push(id);
  }
  for (let i = 0; i < counts.comparisons; i += 1) {
    const base = comparisons[i % comparisons.length] as { id: string; text: string };
    // A synthetic modality against a real one, so every comparison is a distinct pair.
    const pair = [modalityIds[i % Math.max(1, modalityIds.length)] ?? 'swedish-massage', modalities[i % modalities.length]?.id];
    const id = `bench-${base.id}-${i}`;
    let text = setField(base.text, 'title', yamlString(`${titleOf(base.text)} variant ${i}`));
    text = setField(text, 'order', String(1000 + i));
    text = text.replace(/^modalities:\n(?: {2}- .*\n)+/m, `modalities:\n  - ${pair[0]}\n  - ${pair[1]}\n`);
    write('comparisons', id, text);
  }
  for (let i = 0; made.length < n; i += 1) {
    const base = guides[i % guides.length] as { id: string; text: string };
    const id = `bench-${base.id}-${i}`;
    let text = setField(base.text, 'title', yamlString(`${titleOf(base.text)} variant ${i}`));
    text = setField(text, 'order', String(1000 + i));
    write('guides', id, text);
  }
  return made;
}

function copySite(): string {
  const site = mkdtempSync(join(tmpdir(), 'bodywork-bench-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(site, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  return site;
}

/** Our build in the scratch copy: the two steps of `npm run build`, each timed. */
function buildOurs(site: string): { astro: Run; pagefind: Run; pages: number } {
  const astro = timed('astro', site, process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build']);
  const pagefind = timed('pagefind', site, process.execPath, [
    join(site, 'node_modules/pagefind/lib/runner/bin.cjs'),
    '--site',
    'dist',
  ]);
  return { astro, pagefind, pages: htmlCount(join(site, 'dist')) };
}

/** MDX prose as plain Markdown for Starlight: our components and imports dropped, their text kept. */
function plainMarkdown(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<(\w+)[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[{}]/g, '');
}

/** A plain Starlight site with one page per synthetic page of ours, same titles and prose. */
function buildStarlight(made: Synthetic[], pages: number): { astro: Run; pages: number } {
  const cache = join(tmpdir(), 'bodywork-bench-starlight');
  if (!existsSync(join(cache, 'node_modules/@astrojs/starlight'))) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      join(cache, 'package.json'),
      JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS }),
    );
    console.log(
      `Installing ${Object.entries(STARLIGHT_VERSIONS)
        .map(([n, v]) => `${n}@${v}`)
        .join(' ')} into ${cache} (once)…`,
    );
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact'], { cwd: cache, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install for Starlight failed:\n${install.stderr}`);
  }
  // The site is built inside the install folder: through a symlinked node_modules, Vite leaves
  // Starlight's modules to Node, which cannot load their `astro:` imports.
  const site = cache;
  rmSync(join(site, 'src'), { recursive: true, force: true });
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
  );
  mkdirSync(join(site, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(site, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(site, 'src/content/docs/index.md'), '---\ntitle: Home\n---\n\nBench home.\n');
  // As many pages as ours made from the synthetic content (ours adds an embed page for each modality and comparison).
  for (let i = 0; i < pages; i += 1) {
    const page = made[i % made.length] as Synthetic;
    const suffix = i < made.length ? '' : '-embed';
    writeFileSync(
      join(site, 'src/content/docs', `${page.collection}-${page.id}${suffix}.md`),
      `---\ntitle: ${yamlString(page.title)}\n---\n\n${plainMarkdown(page.body)}\n`,
    );
  }
  const astro = timed('starlight', site, process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build']);
  return { astro, pages: htmlCount(join(site, 'dist')) };
}

const fmt = (run: Run) => `${run.seconds.toFixed(1)} s, peak ${run.peakMiB.toFixed(0)} MiB`;

const site = copySite();
const made = generate(site, N);
console.log(`Building ${N} synthetic entries (+ the real content) in ${site}…`);
const ours = buildOurs(site);
const total = ours.astro.seconds + ours.pagefind.seconds;
const realPages = htmlCount(join(root, 'dist'));
console.log(`bench:build, ${N} synthetic entries → ${ours.pages} HTML pages`);
console.log(`  astro build   ${fmt(ours.astro)}`);
console.log(`  pagefind      ${fmt(ours.pagefind)}`);
console.log(
  `  total         ${total.toFixed(1)} s, ${((total * 1000) / ours.pages).toFixed(1)} ms per page, peak ${Math.max(ours.astro.peakMiB, ours.pagefind.peakMiB).toFixed(0)} MiB`,
);
if (!keep) rmSync(site, { recursive: true, force: true });
else console.log(`Kept the scratch site at ${site}`);

if (withStarlight) {
  // The pages our build made from the synthetic entries (the real content's pages, from the last `npm run build`, aside).
  const syntheticPages = existsSync(join(root, 'dist')) ? Math.max(N, ours.pages - realPages) : ours.pages;
  const starlight = buildStarlight(made, syntheticPages);
  console.log(`Starlight 0.42.9, plain, ${starlight.pages} HTML pages (same titles and prose)`);
  console.log(
    `  astro build (Pagefind included)  ${fmt(starlight.astro)}, ${((starlight.astro.seconds * 1000) / starlight.pages).toFixed(1)} ms per page`,
  );
}
