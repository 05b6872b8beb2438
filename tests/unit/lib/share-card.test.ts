import { describe, expect, it } from 'vitest';
import {
  SHARE_IMAGE,
  TITLE_MAX_LINES,
  decodeAttribute,
  readShareMeta,
  shareCardTree,
  titleSize,
  type CardNode,
} from '../../../src/lib/share-card';
import { isShareImagePath, shareImagePath } from '../../../src/lib/routes';

const card = { title: 'Neuromuscular therapy', type: 'Modality', siteName: 'Bodywork Guide', host: 'example.org' };

/** Every text in the tree, in reading order. */
const texts = (n: CardNode | string): string[] =>
  typeof n === 'string' ? [n] : [n.props.children ?? []].flat().flatMap((c) => texts(c));
/** Every node in the tree. */
const nodes = (n: CardNode): CardNode[] => [
  n,
  ...[n.props.children ?? []].flat().flatMap((c) => (typeof c === 'string' ? [] : nodes(c))),
];

describe('shareImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/modalities/swedish-massage/', '/og/modalities/swedish-massage.png'],
    ['/quiz/result/nmt/', '/og/quiz/result/nmt.png'],
    ['/about/', '/og/about.png'],
  ])('%s → %s', (page, image) => {
    expect(shareImagePath(page)).toBe(image);
    expect(isShareImagePath(image)).toBe(true);
  });

  it('refuses a path that would write outside /og/', () => {
    expect(() => shareImagePath('/a/../../etc/')).toThrow(/not a page path/);
    expect(isShareImagePath('/og/../index.png')).toBe(false);
    expect(isShareImagePath('/index.png')).toBe(false);
  });
});

describe('titleSize', () => {
  it('never grows as a title gets longer, so long titles wrap smaller instead of overflowing', () => {
    const sizes = [5, 24, 25, 48, 49, 75, 76, 200].map((n) => titleSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(titleSize('Swedish massage')).toBeGreaterThan(titleSize('Neuromuscular therapy vs myofascial release'));
  });
});

describe('shareCardTree', () => {
  it('is a 1200×630 card that shows the type, the title, the site name and the host, in that order', () => {
    const tree = shareCardTree(card, 'data:image/svg+xml;base64,');
    expect(tree.props.style).toMatchObject({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
    expect(texts(tree)).toEqual(['Modality', 'Neuromuscular therapy', 'Bodywork Guide', 'example.org']);
  });

  it('cuts a title that still does not fit with an ellipsis after a few lines', () => {
    const long = shareCardTree({ ...card, title: 'word '.repeat(80).trim() }, '');
    const title = nodes(long).find((n) => n.props.children === 'word '.repeat(80).trim());
    expect(title?.props.style).toMatchObject({ lineClamp: TITLE_MAX_LINES, fontSize: titleSize('word '.repeat(80)) });
  });

  it('makes the site card (the home page) with the tagline and no type', () => {
    const tree = shareCardTree(
      { title: 'Bodywork Guide', tagline: 'Plain guides', siteName: 'Bodywork Guide', host: 'example.org' },
      '',
    );
    expect(texts(tree)).toEqual(['Bodywork Guide', 'Plain guides', 'Bodywork Guide', 'example.org']);
  });

  it('holds no text of its own: every word on a card is passed in', () => {
    expect(texts(shareCardTree({ title: 'T', type: 'Y', siteName: 'S', host: 'H' }, ''))).toEqual(['Y', 'T', 'S', 'H']);
  });
});

describe('readShareMeta', () => {
  const head = (meta: string) =>
    `<!doctype html><html lang="en"><head>${meta}</head><body><meta property="og:title" content="body"></body></html>`;

  it('reads the image, the title and the type back from a built page, decoding entities', () => {
    const html = head(
      '<meta property="og:title" content="Fish &amp; chips &quot;vs&quot; &lt;tea&gt; &#39;n&#x27; more"><meta property="article:section" content="Guide"><meta property="og:image" content="https://example.org/og/a.png">',
    );
    expect(readShareMeta(html)).toEqual({
      image: 'https://example.org/og/a.png',
      title: `Fish & chips "vs" <tea> 'n' more`,
      type: 'Guide',
      locale: 'en',
    });
  });

  it('finds no image on a page that asks for none (an embed, the 404)', () => {
    expect(readShareMeta(head('<meta property="og:title" content="Embed">'))).toBeUndefined();
  });

  it('gives no type on the home page', () => {
    const html = head(
      '<meta property="og:image" content="https://example.org/og/index.png"><meta property="og:title" content="Site">',
    );
    expect(readShareMeta(html)).toEqual({
      image: 'https://example.org/og/index.png',
      title: 'Site',
      type: undefined,
      locale: 'en',
    });
  });

  it('leaves text that only looks like an entity alone', () => {
    expect(decodeAttribute('A &nope; B & C')).toBe('A &nope; B & C');
  });
});
