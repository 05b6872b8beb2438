// WordPress's embed protocol from the embed's side: which hashes carry a secret, the messages
// wp-embed.js accepts, and what a link click does inside WordPress's sandbox.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT_STEP } from '../../../src/lib/embed/messages';
import {
  heightMessage,
  isReadyMessage,
  linkAction,
  linkMessage,
  secretFrom,
  WP_MAX_HEIGHT,
  WP_MIN_HEIGHT,
  wordpressHeight,
} from '../../../src/lib/embed/wordpress';

describe('secretFrom', () => {
  it.each([
    ['#?secret=aB3dE6gH9k', 'aB3dE6gH9k'],
    ['#?secret=x', 'x'],
    [`#?secret=${'a'.repeat(64)}`, 'a'.repeat(64)],
  ])('%s → %s', (hash, secret) => expect(secretFrom(hash)).toBe(secret));

  it.each([
    '',
    '#',
    '#?secret=',
    '#secret=abc',
    '?secret=abc',
    '#?secret=abc-123',
    '#?secret=abc"x',
    '#?secret=abc&x=1',
    '#?secret=abc def',
    '#?secret=ab%20c',
    '#?secret=abç',
    '#q=2:3:abc',
    `#?secret=${'a'.repeat(65)}`,
  ])('ignores %j', (hash) => expect(secretFrom(hash)).toBeUndefined());

  it('accepts only letters and digits, whatever follows the prefix (property)', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const secret = secretFrom(`#?secret=${rest}`);
        if (secret !== undefined) expect(secret).toMatch(/^[a-zA-Z0-9]{1,64}$/);
      }),
    );
  });
});

describe('messages for wp-embed.js', () => {
  it('a height message carries the height rounded up to a whole step, and the secret', () => {
    expect(heightMessage(333.2, 'abc')).toEqual({ message: 'height', value: 400, secret: 'abc' });
    expect(heightMessage(0, 'abc').value).toBe(HEIGHT_STEP);
  });

  it('WordPress shows any height as a whole step within 200-1000 px (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (height) => {
        const shown = wordpressHeight(height);
        expect(shown % HEIGHT_STEP).toBe(0);
        expect(shown).toBeGreaterThanOrEqual(WP_MIN_HEIGHT);
        expect(shown).toBeLessThanOrEqual(WP_MAX_HEIGHT);
        // wp-embed.js's own clamp of what we send gives the same.
        const sent = heightMessage(height, 's').value as number;
        expect(Math.min(WP_MAX_HEIGHT, Math.max(WP_MIN_HEIGHT, sent))).toBe(shown);
      }),
    );
  });

  it('a link message carries the URL and the secret', () => {
    expect(linkMessage('https://a.example/x/', 'abc')).toEqual({ message: 'link', value: 'https://a.example/x/', secret: 'abc' });
  });

  it('ready is recognised only with this secret', () => {
    expect(isReadyMessage({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    for (const data of [
      { message: 'ready', secret: 'abd' },
      { message: 'ready' },
      { message: 'height', secret: 'abc' },
      null,
      'ready',
      [],
    ])
      expect(isReadyMessage(data, 'abc')).toBe(false);
  });
});

describe('linkAction inside WordPress', () => {
  const here = 'https://bodyworkguide.org/embed/compare/nmt-vs-deep-tissue/#?secret=abc';
  const canonical = 'https://bodyworkguide.org/compare/nmt-vs-deep-tissue/';
  // The same embed served elsewhere (a preview or the tests): our links go to that origin.
  const preview = 'http://127.0.0.1:4329/embed/compare/nmt-vs-deep-tissue/#q=1';

  it.each([
    ['a citation within the page stays in the frame', '#ref-3', here, undefined, { kind: 'frame' }],
    [
      'our own page opens in the top window',
      '/glossary/#fascia',
      here,
      undefined,
      { kind: 'top', url: 'https://bodyworkguide.org/glossary/#fascia' },
    ],
    ['the attribution link opens the full page', canonical, here, undefined, { kind: 'top', url: canonical }],
    [
      'a source opens our full page at its reference',
      'https://pubmed.example/123',
      here,
      'ref-3',
      { kind: 'top', url: `${canonical}#ref-3` },
    ],
    [
      'a source with no anchor opens our full page',
      'https://pubmed.example/123',
      here,
      undefined,
      { kind: 'top', url: canonical },
    ],
    ['a phone number is for copying', 'tel:911', here, 'main', { kind: 'copy' }],
    ['an email address is for copying', 'mailto:a@b.example', here, undefined, { kind: 'copy' }],
    [
      'our site under its public name goes to the origin we are served from',
      'https://bodyworkguide.org/quiz/sheet/#q=x',
      preview,
      undefined,
      { kind: 'top', url: 'http://127.0.0.1:4329/quiz/sheet/#q=x' },
    ],
    [
      'a source, served elsewhere',
      'https://pubmed.example/',
      preview,
      'ref-1',
      { kind: 'top', url: 'http://127.0.0.1:4329/compare/nmt-vs-deep-tissue/#ref-1' },
    ],
  ] as const)('%s', (_name, href, page, anchor, action) => {
    expect(linkAction(new URL(href, page).href, page, canonical, anchor)).toEqual(action);
  });

  it('only ever asks WordPress for an http(s) URL on the host the frame was loaded from (property)', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withFragments: true, withQueryParameters: true }),
        fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }),
        (href, anchor) => {
          const action = linkAction(href, here, canonical, anchor);
          if (action.kind === 'top') {
            const url = new URL(action.url);
            expect(url.protocol).toBe('https:');
            expect(url.host).toBe('bodyworkguide.org');
          }
        },
      ),
    );
  });
});
