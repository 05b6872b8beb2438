/**
 * Prints the Flesch–Kincaid grade of every page's main text (MDX body plus the frontmatter prose
 * the page shows), and exits 1 if any page is above grade 10. The target is 9 or below.
 *
 *   npm run readability
 */
import { countText, gradeOf, pageText } from '../../src/lib/readability';
import { readContentPages } from './content-files';

const LIMIT = 10;
const TARGET = 9;

const routes: Record<string, (id: string) => string> = {
  modalities: (id) => `/modalities/${id}/`,
  comparisons: (id) => `/compare/${id}/`,
  guides: (id) => `/guides/${id}/`,
  pages: (id) => `/${id}/`,
};
const pages: Array<{ url: string; text: string }> = [];
for (const { collection, id, data, body } of readContentPages()) {
  if (collection === 'quiz') {
    const outcomes = (data as { outcomes: Record<string, unknown> }).outcomes;
    for (const [outcome, copy] of Object.entries(outcomes)) pages.push({ url: `/quiz/result/${outcome}/`, text: pageText(copy) });
  } else {
    pages.push({ url: routes[collection]!(id), text: pageText(data, body) });
  }
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
