// Page ids name what can be embedded; anything else must be refused before it reaches a URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPageId, PAGE_ID } from '../../../src/lib/embed/pages';
import { canonicalPath, embedPath, oembedPath } from '../../../src/lib/routes';

const VALID = [
  'quiz',
  'compare/nmt-vs-deep-tissue',
  'modalities/swedish-massage',
  'modalities/nmt',
  'compare/a',
  'compare/a1-b2-c3',
  `compare/${'a'.repeat(92)}`, // exactly 100 characters
];

const INVALID = [
  '',
  '../',
  '../quiz',
  'quiz/../compare/x',
  'compare/',
  'compare',
  'modalities',
  'compare/A',
  'compare/Nmt-vs-deep-tissue',
  'Quiz',
  'quiz/',
  '/quiz',
  'quiz/x',
  'quizz',
  ' quiz',
  'quiz ',
  'quiz\n',
  'compare/nmt-vs-deep-tissue\n',
  'javascript:',
  'javascript:alert(1)',
  'compare/x/../y',
  'compare/x/y',
  'compare/-x',
  'compare/x-',
  'compare/x--y',
  'compare/x_y',
  'compare/x.y',
  'compare/x%2F..%2Fy',
  'compare/x?y=1',
  'compare/x#y',
  'compare\\x',
  'other/x',
  'embed/quiz',
  'compare/ñ',
  `compare/${'a'.repeat(93)}`, // 101 characters: the regex alone would accept it
  `compare/${'a-'.repeat(5000)}a`,
];

describe('page ids', () => {
  it.each(VALID)('accepts %s', (id) => {
    expect(isPageId(id)).toBe(true);
  });

  it.each(INVALID.map((id) => [JSON.stringify(id).slice(0, 60), id] as const))('refuses %s', (_label, id) => {
    expect(isPageId(id)).toBe(false);
  });

  it('caps the length at 100 even where the pattern matches', () => {
    const long = `compare/${'a'.repeat(93)}`;
    expect(PAGE_ID.test(long)).toBe(true);
    expect(isPageId(long)).toBe(false);
  });

  it('never accepts a dot, a second slash, upper case or white space, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.tuple(fc.constantFrom('quiz', 'compare/', 'modalities/', '../', ''), fc.string()).map(([a, b]) => a + b),
        ),
        (id) => {
          if (!isPageId(id)) return;
          expect(id.length).toBeLessThanOrEqual(100);
          expect(id).not.toMatch(/[.\sA-Z\\%?#:]/);
          expect(id.split('/').length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});

describe('page paths', () => {
  it('builds the canonical, embed and oEmbed paths', () => {
    expect(canonicalPath('quiz')).toBe('/quiz/');
    expect(canonicalPath('compare/nmt-vs-deep-tissue')).toBe('/compare/nmt-vs-deep-tissue/');
    expect(embedPath('quiz')).toBe('/embed/quiz/');
    expect(embedPath('modalities/swedish-massage')).toBe('/embed/modalities/swedish-massage/');
    expect(oembedPath('quiz')).toBe('/oembed/quiz.json');
    expect(oembedPath('compare/nmt-vs-deep-tissue')).toBe('/oembed/compare/nmt-vs-deep-tissue.json');
  });

  it('gives every valid id paths that a URL parser leaves untouched (no traversal, no encoding)', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 80);
    const id = fc.oneof(
      fc.constant('quiz'),
      fc.tuple(fc.constantFrom('compare', 'modalities'), slug).map(([k, s]) => `${k}/${s}`),
    );
    fc.assert(
      fc.property(id, (page) => {
        expect(isPageId(page)).toBe(true);
        for (const path of [canonicalPath(page), embedPath(page), oembedPath(page)]) {
          expect(new URL(path, 'https://bodyworkguide.org').pathname).toBe(path);
        }
        expect(embedPath(page).startsWith('/embed/')).toBe(true);
      }),
    );
  });
});
