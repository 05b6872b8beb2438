// The route table. Addresses are a public contract (search engines, shared links and clinics'
// embeds point at them), so this test pins each kind's address: moving one is a decision made
// here on purpose, not a side effect.
import { describe, expect, it } from 'vitest';
import {
  aboutHref,
  canonicalPath,
  embedPath,
  loaderPath,
  oembedPath,
  pageCollections,
  pageHref,
  pageKey,
  pageKinds,
  parsePageKey,
  paths,
  searchTypes,
  type PageKind,
} from '../../../src/lib/routes';

const kinds: [string, PageKind][] = Object.entries(pageKinds);

describe('the route table', () => {
  it('gives each kind of page its public address', () => {
    expect(pageKinds.modality.href('swedish-massage')).toBe('/modalities/swedish-massage/');
    expect(pageKinds.comparison.href('nmt-vs-deep-tissue')).toBe('/compare/nmt-vs-deep-tissue/');
    expect(pageKinds.guide.href('faq')).toBe('/guides/faq/');
    expect(pageKinds.page.href('about')).toBe('/about/');
    expect(pageKinds.quiz.href()).toBe('/quiz/');
    expect(pageKinds.quizResult.href('same-day')).toBe('/quiz/result/same-day/');
    expect(pageKinds.term.href('fascia')).toBe('/glossary/#fascia');
    expect(pageKinds.correction.href('2026-12-04-licensing')).toBe('/corrections/#2026-12-04-licensing');
    expect(aboutHref('privacy')).toBe('/about/#privacy');
    expect(paths.feed).toBe('/changes.xml');
  });

  it('puts every kind with a section under that section, and every page address under a fixed page', () => {
    for (const [name, kind] of kinds) {
      if (kind.section) expect(kind.href('x').startsWith(paths[kind.section]), name).toBe(true);
    }
    const fixed: string[] = Object.values(paths);
    for (const [name, kind] of kinds) {
      const href = kind.href('some-id');
      expect(href.startsWith('/'), name).toBe(true);
      expect(fixed.includes(href) || fixed.some((p) => p !== '/' && href.startsWith(p)) || name === 'page', name).toBe(true);
    }
  });

  it("names a page's embed so that its full page is the page itself", () => {
    const embeddable = kinds.filter(([, kind]) => kind.embed);
    expect(embeddable.map(([name]) => name).sort()).toEqual(['comparison', 'modality', 'quiz']);
    for (const [name, kind] of embeddable) {
      const page = kind.embed!('nmt-vs-deep-tissue');
      expect(canonicalPath(page), name).toBe(kind.href('nmt-vs-deep-tissue'));
      expect(embedPath(page), name).toBe(`/embed${kind.href('nmt-vs-deep-tissue')}`);
      expect(oembedPath(page), name).toBe(`/oembed/${page}.json`);
    }
    expect(loaderPath('1')).toBe('/embed/v1/embed.js');
  });

  it('gives each search filter to exactly one kind of page', () => {
    const used = kinds.flatMap(([, kind]) => (kind.searchType ? [kind.searchType] : []));
    expect([...used].sort()).toEqual([...searchTypes].sort());
  });

  it('turns page keys into addresses and back', () => {
    for (const collection of pageCollections) {
      const key = pageKey(collection, 'some-page');
      expect(parsePageKey(key)).toEqual({ collection, id: 'some-page' });
      expect(pageHref(collection, 'some-page')).toMatch(/^\/([a-z-]+\/)*$/);
    }
    expect(parsePageKey('glossary/fascia')).toBeUndefined();
    expect(parsePageKey('guides/../about')).toBeUndefined();
  });
});
