// The oEmbed response, and what WordPress makes of its HTML: run through a port of WordPress's
// filters (tests/fixtures/wordpress.ts), it must come out whole, sandboxed, with the secret in
// both places and the fallback blockquote first, for any title.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OEMBED_WIDTH, oembedHtml, oembedResponse } from '../../../src/lib/embed/oembed';
import { wordpressHeight } from '../../../src/lib/embed/wordpress';
import { escUrl, kses, ksesHair, oembedDataparse } from '../../fixtures/wordpress';
import { XSS_PAYLOADS } from '../../fixtures/xss';
import { stringsFor } from '../../../src/strings';

const ORIGIN = 'https://bodyworkguide.org';
const SECRET = 'aB3dE6gH9k';
const words = stringsFor('en').embed.snippet;
const quiz = { origin: ORIGIN, page: 'quiz', title: 'Which treatment may suit you?', height: 2314, words };

describe('oembedHtml', () => {
  it('is a blockquote with a link to the full page, then one empty iframe of the embed', () => {
    expect(oembedHtml(quiz)).toBe(
      '<blockquote><a href="https://bodyworkguide.org/quiz/">Which treatment may suit you? on Bodywork Guide</a></blockquote>\n' +
        '<iframe src="https://bodyworkguide.org/embed/quiz/" title="Which treatment may suit you? (Bodywork Guide)"' +
        ' width="100%" height="1000" frameborder="0" loading="lazy" style="border:0;width:100%;display:block"' +
        ' allow="clipboard-write"></iframe>',
    );
  });

  it('never asks for scrolling="no" or a sandbox of its own (WordPress adds its sandbox)', () => {
    const html = oembedHtml({ ...quiz, page: 'compare/nmt-vs-deep-tissue' });
    expect(html).not.toMatch(/scrolling|sandbox/);
    expect(html).toContain('src="https://bodyworkguide.org/embed/compare/nmt-vs-deep-tissue/"');
  });
});

describe('after WordPress filters it (wp_filter_oembed_iframe_title_attribute, wp_filter_oembed_result)', () => {
  it('comes out exactly as WordPress would print it', () => {
    expect(oembedDataparse(oembedHtml(quiz), { type: 'rich', title: quiz.title }, SECRET)).toBe(
      `<blockquote class="wp-embedded-content" data-secret="${SECRET}">` +
        '<a href="https://bodyworkguide.org/quiz/">Which treatment may suit you? on Bodywork Guide</a></blockquote>' +
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"' +
        ' style="position: absolute; visibility: hidden;" title="Which treatment may suit you? (Bodywork Guide)"' +
        ` src="https://bodyworkguide.org/embed/quiz/#?secret=${SECRET}" data-secret="${SECRET}"` +
        ' width="100%" height="1000" frameborder="0"></iframe>',
    );
  });

  it.each([...XSS_PAYLOADS, 'Tom & Jerry’s "best" <massage>', ''])('keeps its shape with the title %j', (title) => {
    const html = oembedDataparse(oembedHtml({ ...quiz, title }), { type: 'rich', title }, SECRET);
    expect(html).not.toBe(false);
    expect(html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="[^"]+">`));
    expect(html).toMatch(/<\/blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" [^<]*><\/iframe>$/);
    expect(html).toContain(` src="https://bodyworkguide.org/embed/quiz/#?secret=${SECRET}" data-secret="${SECRET}"`);
    // Only these elements and attributes: the title stays text (WordPress itself re-filters).
    const tags = [...(html as string).matchAll(/<(\w+)([^>]*)>/g)];
    expect(tags.map((t) => t[1])).toEqual(['blockquote', 'a', 'iframe']);
    const names = tags.flatMap((t) => Object.keys(ksesHair(t[2] as string)));
    expect(new Set(names)).toEqual(
      new Set(['class', 'data-secret', 'href', 'sandbox', 'security', 'style', 'title', 'src', 'width', 'height', 'frameborder']),
    );
  });

  it('keeps its shape for any title (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const html = oembedDataparse(oembedHtml({ ...quiz, title }), { type: 'rich', title }, SECRET) as string;
        expect(html.match(/<iframe /g)).toHaveLength(1);
        expect(html.match(/<blockquote /g)).toHaveLength(1);
        expect(html).toContain(`#?secret=${SECRET}" data-secret="${SECRET}"`);
      }),
      // Replacement patterns ("$`" once broke the WordPress port) are always tried, not left to chance.
      { examples: [['$`'], ["$'"], ['$&']] },
    );
  });
});

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response whose height is the one WordPress shows', () => {
    expect(oembedResponse({ ...quiz, providerName: 'Bodywork Guide' })).toEqual({
      version: '1.0',
      type: 'rich',
      title: quiz.title,
      provider_name: 'Bodywork Guide',
      provider_url: 'https://bodyworkguide.org/',
      html: oembedHtml(quiz),
      width: OEMBED_WIDTH,
      height: 1000,
      cache_age: 86400,
    });
  });

  it.each([
    [0, 200],
    [150, 200],
    [200, 200],
    [201, 400],
    [799, 800],
    [1000, 1000],
    [22630, 1000],
  ])('height %i shows as %i (a whole 200 px step within 200-1000)', (measured, shown) => {
    expect(wordpressHeight(measured)).toBe(shown);
    expect(oembedResponse({ ...quiz, height: measured, providerName: 'x' }).height).toBe(shown);
    expect(oembedHtml({ ...quiz, height: measured })).toContain(` height="${shown}" `);
  });
});

// The port itself, on the cases the filters above rely on.
describe('the WordPress port', () => {
  it('wp_kses keeps allowed tags and attributes, drops the rest and keeps text', () => {
    const allowed = { a: { href: true as const }, blockquote: {} };
    expect(
      kses('<blockquote class="x"><a href="https://a.example/" onclick="x()">Hi</a><p>there</p></blockquote>', allowed),
    ).toBe('<blockquote><a href="https://a.example/">Hi</a>there</blockquote>');
    expect(kses('<a href="javascript:alert(1)">x</a> & >', allowed)).toBe('<a href="alert(1)">x</a> &amp; &gt;');
  });

  it('wp_kses_hair reads quoted, bare and valueless attributes, first one wins', () => {
    const hair = ksesHair(` a="1" b='2' c=3 d e="5" a="9"`);
    expect(Object.values(hair).map((x) => x.whole)).toEqual([`a="1"`, `b='2'`, `c="3"`, 'd', `e="5"`]);
  });

  it('esc_url encodes ampersands and drops characters a URL cannot hold', () => {
    expect(escUrl('https://a.example/?x=1&amp;y=2#?secret=abc')).toBe('https://a.example/?x=1&#038;y=2#?secret=abc');
    expect(escUrl('https://a.example/"><b>')).toBe('https://a.example/b');
    expect(escUrl('javascript:alert(1)')).toBe('');
  });

  it('wp_filter_oembed_result refuses HTML without an iframe, and hides none without a blockquote', () => {
    expect(oembedDataparse('<p>no frame</p>', { type: 'rich' }, SECRET)).toBe(false);
    expect(oembedDataparse('<iframe src="https://a.example/"></iframe>', { type: 'rich', title: 'T' }, SECRET)).toBe(
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="T" src="https://a.example/#?secret=${SECRET}" data-secret="${SECRET}"></iframe>`,
    );
    // A blockquote that is not first is dropped, and the frame then shows at once.
    expect(
      oembedDataparse('<p>x</p><blockquote>y</blockquote><iframe src="https://a.example/"></iframe>', { type: 'rich' }, SECRET),
    ).not.toContain('blockquote');
  });
});
