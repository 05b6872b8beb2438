/**
 * Prints the Flesch–Kincaid grade of every page's main text (MDX body plus the frontmatter prose
 * the page shows), and exits 1 if any page is above grade 10. The target is 9 or below.
 *
 *   npm run readability
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { countText, gradeOf, pageText } from '../../src/lib/readability';

const LIMIT = 10;
const TARGET = 9;
const root = new URL('../../', import.meta.url).pathname;

/** Splits an MDX file into its frontmatter data and body. */
function readMdx(path: string): { data: unknown; body: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1] ?? ''), body: match[2] ?? '' } : { data: {}, body: text };
}

const pages: Array<{ url: string; text: string }> = [];
const routes: Record<string, (id: string) => string> = {
  modalities: (id) => `/modalities/${id}/`,
  comparisons: (id) => `/compare/${id}/`,
  guides: (id) => `/guides/${id}/`,
  pages: (id) => `/${id}/`,
};
for (const [folder, url] of Object.entries(routes)) {
  let files: string[] = [];
  try {
    files = readdirSync(join(root, 'content', folder)).filter((f) => f.endsWith('.mdx'));
  } catch {
    continue;
  }
  for (const file of files) {
    const { data, body } = readMdx(join(root, 'content', folder, file));
    pages.push({ url: url(file.replace(/\.mdx$/, '')), text: pageText(data, body) });
  }
}
for (const file of readdirSync(join(root, 'content', 'quiz')).filter((f) => f.endsWith('.yaml'))) {
  const quiz = parse(readFileSync(join(root, 'content', 'quiz', file), 'utf8')) as { outcomes: Record<string, unknown> };
  for (const [id, outcome] of Object.entries(quiz.outcomes)) pages.push({ url: `/quiz/result/${id}/`, text: pageText(outcome) });
}

pages.sort((a, b) => a.url.localeCompare(b.url));
const width = Math.max(...pages.map((p) => p.url.length));
console.log(`${'page'.padEnd(width)}  grade  words`);
for (const p of pages) {
  const grade = gradeOf(p.text);
  const flag = grade > LIMIT ? '  OVER' : grade > TARGET ? '  above target' : '';
  console.log(`${p.url.padEnd(width)}  ${grade.toFixed(1).padStart(5)}  ${String(countText(p.text).word).padStart(5)}${flag}`);
}
const over = pages.filter((p) => gradeOf(p.text) > LIMIT);
console.log(`\n${pages.length} pages; limit grade ${LIMIT}, target ${TARGET}; ${over.length} over the limit.`);
process.exit(over.length ? 1 : 0);
