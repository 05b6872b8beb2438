// Every page's main text stays at or below grade 10 (target 9): each content page the route
// table lists, and each quiz result page.
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { gradeOf, pageText } from '../../../src/lib/readability';
import { pageCollections } from '../../../src/lib/routes';

const articles = pageCollections.filter((c) => c !== 'quiz');
const entries = (await Promise.all(articles.map((c) => getCollection(c)))).flat();
const outcomes = (await getCollection('quiz')).flatMap((quiz) => Object.entries(quiz.data.outcomes));

describe('reading level (Flesch–Kincaid grade ≤ 10)', () => {
  it.each(entries.map((e) => [e.filePath ?? e.id, e] as const))('%s', (_file, entry) => {
    expect(gradeOf(pageText(entry.data, entry.body))).toBeLessThanOrEqual(10);
  });

  it.each(outcomes)('quiz result "%s"', (_id, outcome) => {
    expect(gradeOf(pageText(outcome))).toBeLessThanOrEqual(10);
  });
});
