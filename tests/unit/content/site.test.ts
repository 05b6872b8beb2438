// The real content in content/, loaded through Astro's content layer (needs `astro sync` first,
// which `npm run test:unit` runs).
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../../src/lib/content/validate';
import { bodyLineOf } from '../../../src/data/content';
import { compareModalities } from '../../../src/lib/compare';
import { stringsFor } from '../../../src/strings';

const load = async () => ({
  modalities: await getCollection('modalities'),
  comparisons: await getCollection('comparisons'),
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

  it('marks a page reviewed only with a recorded reviewer', async () => {
    const site = await load();
    const reviewers = site.reviewers.map((r) => r.id);
    for (const page of [...site.modalities, ...site.comparisons, ...site.pages, ...site.quizzes, ...site.guides]) {
      if (page.data.review.status === 'reviewed') expect(reviewers).toContain(page.data.review.reviewer?.id);
      else expect(page.data.review.status).toBe('draft');
    }
  });

  it('derives the flagship table from the two modality files', async () => {
    const site = await load();
    const nmt = site.modalities.find((m) => m.id === 'neuromuscular-therapy');
    const deep = site.modalities.find((m) => m.id === 'deep-tissue-massage');
    if (!nmt || !deep) throw new Error('missing modality');
    const derived = compareModalities(nmt.data, deep.data, stringsFor('en').compare);
    expect(derived.charts.pressure.bars).toEqual([
      { min: nmt.data.pressure.min, max: nmt.data.pressure.max },
      { min: deep.data.pressure.min, max: deep.data.pressure.max },
    ]);
    expect(derived.names).toEqual([nmt.data.shortName, deep.data.shortName]);
  });
});
