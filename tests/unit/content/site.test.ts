// The real content in content/, loaded through Astro's content layer (needs `astro sync` first,
// which `npm run test:unit` runs).
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../../src/lib/content/validate';
import { bodyLineOf } from '../../../src/data/content';

const load = async () => ({
  modalities: await getCollection('modalities'),
  comparisons: await getCollection('comparisons'),
  conditions: await getCollection('conditions'),
  pages: await getCollection('pages'),
  sources: await getCollection('sources'),
  glossary: await getCollection('glossary'),
  reviewers: await getCollection('reviewers'),
  quizzes: await getCollection('quiz'),
  guides: await getCollection('guides'),
  corrections: await getCollection('corrections'),
});

describe('the site content', () => {
  it('passes every cross-entry check', async () => {
    // As in the build, a problem in a body is named by its line in the file.
    expect(findContentProblems(await load(), { bodyLineOf })).toEqual([]);
  });

  it('has the NMT and deep tissue pages and their flagship comparison', async () => {
    const site = await load();
    expect(site.modalities.map((m) => m.id)).toEqual(expect.arrayContaining(['neuromuscular-therapy', 'deep-tissue-massage']));
    const flagship = site.comparisons.find((c) => c.id === 'nmt-vs-deep-tissue');
    expect(flagship?.data.modalities.map((m) => m.id)).toEqual(['neuromuscular-therapy', 'deep-tissue-massage']);
    expect(flagship?.data.myths.length).toBeGreaterThanOrEqual(4);
  });
});
