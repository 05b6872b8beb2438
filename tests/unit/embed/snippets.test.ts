// The HTML snippets clinics copy: exact output for the ordinary case, and no markup, attribute or
// URL injection for anything a clinic (or an attacker crafting a link) can type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOADER_PATH, LOADER_VERSION, PINNED_LOADER_PATH } from '../../../src/lib/embed/pages';
import { type EmbedParams, type EmbedTheme, parseEmbedParams } from '../../../src/lib/embed/params';
import {
  autoHeightSnippet,
  cspLines,
  elementSnippet,
  embedUrl,
  escapeHtml,
  iframeSnippet,
  loaderSnippet,
  type SnippetInput,
} from '../../../src/lib/embed/snippets';
import { REFUSED_AS_TEXT, XSS_PAYLOADS } from '../../fixtures/xss';
import { stringsFor } from '../../../src/strings';
import { loaderPath } from '../../../src/lib/routes';
import { readFileSync } from 'node:fs';

const ORIGIN = 'https://bodyworkguide.org';
const CTA = 'https://clinic.example/book';
const words = stringsFor('en').embed.snippet;
const base: SnippetInput = { origin: ORIGIN, page: 'quiz', title: 'Which massage fits me?', height: 1200, words };

/** Decodes, in one pass, the numeric and the few named entities our escaping (or a browser) would produce. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (value: string) =>
  value.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) =>
    entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : (NAMED[entity] ?? ''),
  );

interface Tag {
  name: string;
  closing: boolean;
  attrs: Array<[string, string | undefined]>;
}

const ALLOWED: Record<string, readonly string[]> = {
  iframe: ['src', 'title', 'loading', 'width', 'height', 'style', 'allow'],
  p: [],
  a: ['href'],
  script: ['src', 'async'],
  'bodywork-embed': ['page', 'label', 'clinic', 'cta', 'cta-label', 'theme', 'accent', 'popup', 'height', 'events'],
};

/**
 * A strict tokenizer for the snippets' small HTML subset. It fails the test if anything is not a
 * well-formed tag with double-quoted attributes or plain text: an injected tag, a stray quote or
 * an attribute that broke out of its value all leave characters it cannot account for.
 */
function tokenize(html: string): { tags: Tag[]; text: string[] } {
  const TAG = /<(\/?)([a-z][a-z-]*)((?:\s+[a-z][a-z-]*(?:="[^"]*")?)*)\s*>/g;
  const tags: Tag[] = [];
  const text: string[] = [];
  let at = 0;
  for (const match of html.matchAll(TAG)) {
    text.push(html.slice(at, match.index));
    at = match.index + match[0].length;
    const attrs = [...(match[3] ?? '').matchAll(/\s+([a-z][a-z-]*)(?:="([^"]*)")?/g)].map(
      (a) => [a[1] as string, a[2]] as [string, string | undefined],
    );
    tags.push({ closing: match[1] === '/', name: match[2] as string, attrs });
  }
  text.push(html.slice(at));
  for (const chunk of text) expect(chunk, 'text outside tags').not.toMatch(/[<>"']/);
  return { tags, text };
}

/** Checks a snippet's structure and every URL in it; returns the decoded attributes by tag. */
function expectSafeSnippet(html: string, loaders: number) {
  const { tags } = tokenize(html);
  const stack: string[] = [];
  for (const tag of tags) {
    expect(Object.keys(ALLOWED)).toContain(tag.name);
    if (tag.closing) {
      expect(tag.attrs).toEqual([]);
      expect(stack.pop()).toBe(tag.name);
      continue;
    }
    stack.push(tag.name);
    const names = tag.attrs.map(([name]) => name);
    expect(new Set(names).size, `duplicate attributes in <${tag.name}>`).toBe(names.length);
    for (const [name, raw] of tag.attrs) {
      expect(ALLOWED[tag.name]).toContain(name);
      if (raw === undefined) continue;
      expect(raw).not.toMatch(/[<>'"]/);
      // Every & starts an entity: nothing is half-escaped.
      expect(raw.replace(/&(#\d+|amp|lt|gt|quot);/g, '')).not.toContain('&');
      const value = unescape(raw);
      if (name === 'src' || name === 'href') {
        const url = new URL(value);
        expect(url.protocol).toBe('https:');
        expect(url.origin).toBe(ORIGIN);
        expect(value.startsWith(`${ORIGIN}/`)).toBe(true);
      }
      if (name === 'cta') {
        expect(value.startsWith('https://')).toBe(true);
        expect(new URL(value).protocol).toBe('https:');
      }
      // Text attributes (title, label, clinic) may say "javascript:" as words; URL ones never.
      if (['src', 'href', 'cta'].includes(name)) expect(value).not.toMatch(/^\s*(java\s*script|vbscript|data):/i);
    }
  }
  expect(stack, 'every element is closed').toEqual([]);
  const scripts = tags.filter((t) => t.name === 'script' && !t.closing);
  expect(scripts).toHaveLength(loaders);
  expect(html.match(/<script/gi) ?? []).toHaveLength(loaders);
  for (const script of scripts)
    expect(script.attrs).toEqual([
      ['src', `${ORIGIN}${LOADER_PATH}`],
      ['async', undefined],
    ]);
  return tags;
}

const attrsOf = (tag: Tag | undefined) =>
  Object.fromEntries((tag?.attrs ?? []).map(([k, v]) => [k, v === undefined ? '' : unescape(v)]));

describe('the snippet checker itself', () => {
  const ok = `<iframe src="${ORIGIN}/embed/quiz/" title="x"></iframe>`;

  it('passes a well-formed snippet', () => {
    expect(() => expectSafeSnippet(ok, 0)).not.toThrow();
  });

  it.each([
    ['an injected script', `${ok}<script>window.__xss=1</script>`, 0],
    ['an event handler attribute', `<iframe src="${ORIGIN}/embed/quiz/" onload="x"></iframe>`, 0],
    ['an attribute broken out of its value', `<iframe src="${ORIGIN}/embed/quiz/" title="a" b"></iframe>`, 0],
    ['a raw quote in text', `<p>a"b</p>`, 0],
    ['a raw < in text', `<p>a<b</p>`, 0],
    ['a javascript: href', `<p><a href="javascript:alert(1)">x</a></p>`, 0],
    ['an escaped javascript: href', `<p><a href="javascript&#58;alert(1)">x</a></p>`, 0],
    ['another origin', `<p><a href="https://evil.example/">x</a></p>`, 0],
    ['an http cta', `<bodywork-embed cta="http://clinic.example/"></bodywork-embed>`, 0],
    ['a half-escaped &', `<iframe src="${ORIGIN}/embed/quiz/" title="Tom & Jerry"></iframe>`, 0],
    ['an unknown element', `<img src="${ORIGIN}/x.png">`, 0],
    ['an unclosed element', `<p>x`, 0],
    ['a foreign loader', `${ok}\n<script src="https://evil.example/embed/v1/embed.js" async></script>`, 1],
    ['a missing loader', ok, 1],
  ])('catches %s', (_label, html, loaders) => {
    expect(() => expectSafeSnippet(html, loaders)).toThrow();
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('<a href="x">Tom & Jerry\'s</a>')).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('leaves other text alone, including existing entities’ letters', () => {
    expect(escapeHtml('Riverside Massage – café ✓')).toBe('Riverside Massage – café ✓');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('never leaves a markup character and always decodes back to the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...XSS_PAYLOADS)), (value) => {
        const escaped = escapeHtml(value);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(#\d+|amp|lt|gt|quot);/g, '')).not.toContain('&');
        expect(unescape(escaped)).toBe(value);
      }),
    );
  });
});

describe('embedUrl', () => {
  it('is the embed path on our origin, with the clinic options', () => {
    expect(embedUrl({ origin: ORIGIN, page: 'quiz' })).toBe(`${ORIGIN}/embed/quiz/`);
    expect(embedUrl({ origin: ORIGIN, page: 'compare/nmt-vs-deep-tissue', params: { theme: 'dark' } })).toBe(
      `${ORIGIN}/embed/compare/nmt-vs-deep-tissue/?theme=dark`,
    );
    expect(embedUrl({ origin: ORIGIN, page: 'quiz', params: { clinic: 'Spa', cta: CTA, events: true } })).toBe(
      `${ORIGIN}/embed/quiz/?clinic=Spa&cta=${encodeURIComponent(CTA)}&events=1`,
    );
  });
});

describe('iframeSnippet and autoHeightSnippet', () => {
  it('writes a lazy iframe and a visible fallback link', () => {
    expect(iframeSnippet(base)).toBe(
      [
        `<iframe src="${ORIGIN}/embed/quiz/" title="Which massage fits me? (Bodywork Guide)" loading="lazy"`,
        `  width="100%" height="1200" style="border:0;width:100%;display:block" allow="clipboard-write"></iframe>`,
        `<p><a href="${ORIGIN}/quiz/">Which massage fits me? on Bodywork Guide</a></p>`,
      ].join('\n'),
    );
  });

  it('escapes the & between options in the src', () => {
    const html = iframeSnippet({ ...base, params: { clinic: 'Spa', theme: 'dark' } });
    expect(html).toContain(`src="${ORIGIN}/embed/quiz/?clinic=Spa&amp;theme=dark"`);
  });

  it('rounds the height', () => {
    expect(iframeSnippet({ ...base, height: 812.6 })).toContain('height="813"');
  });

  it('adds exactly the loader for auto height', () => {
    expect(autoHeightSnippet(base)).toBe(`${iframeSnippet(base)}\n${loaderSnippet(ORIGIN)}`);
    expect(loaderSnippet(ORIGIN)).toBe(`<script src="${ORIGIN}/embed/v1/embed.js" async></script>`);
  });

  it('carries the cleaned options, which read back the same on the embed page', () => {
    const params: Partial<EmbedParams> = {
      clinic: ' Spa & Co ',
      cta: CTA,
      ctaLabel: 'Book',
      theme: 'light',
      accent: '#0B6159',
      events: true,
    };
    const tags = expectSafeSnippet(iframeSnippet({ ...base, params }), 0);
    const src = new URL(attrsOf(tags.find((t) => t.name === 'iframe'))['src'] ?? '');
    expect(parseEmbedParams(src.search)).toStrictEqual({
      clinic: 'Spa & Co',
      cta: CTA,
      ctaLabel: 'Book',
      theme: 'light',
      accent: '#0b6159',
      events: true,
      view: 'summary',
      preview: false,
    });
  });
});

describe('elementSnippet', () => {
  it('writes the custom element with a fallback link, then the loader', () => {
    expect(elementSnippet({ ...base, page: 'compare/nmt-vs-deep-tissue', title: 'NMT vs deep tissue' })).toBe(
      `<bodywork-embed page="compare/nmt-vs-deep-tissue" label="NMT vs deep tissue (Bodywork Guide)" height="1200">` +
        `<a href="${ORIGIN}/compare/nmt-vs-deep-tissue/">NMT vs deep tissue</a></bodywork-embed>\n${loaderSnippet(ORIGIN)}`,
    );
  });

  it('uses popup instead of a height', () => {
    const html = elementSnippet({ ...base, popup: true });
    expect(html).toMatch(/<bodywork-embed page="quiz" label="[^"]*" popup>/);
    expect(html).not.toContain('height=');
  });

  it('maps the options to the attributes the loader reads (cta_label → cta-label)', () => {
    const params: Partial<EmbedParams> = { clinic: 'Spa', cta: CTA, ctaLabel: 'Book now', theme: 'dark', accent: '#0B6159' };
    const tags = expectSafeSnippet(elementSnippet({ ...base, params }), 1);
    expect(attrsOf(tags[0])).toStrictEqual({
      page: 'quiz',
      label: 'Which massage fits me? (Bodywork Guide)',
      clinic: 'Spa',
      cta: CTA,
      'cta-label': 'Book now',
      theme: 'dark',
      accent: '#0b6159',
      height: '1200',
    });
  });

  it('leaves out options that fail the schema', () => {
    const params = {
      clinic: '\u202eSpa',
      cta: 'http://clinic.example/',
      ctaLabel: 'Book',
      theme: 'night' as EmbedTheme,
      accent: '#eeeeee',
    };
    const tags = expectSafeSnippet(elementSnippet({ ...base, params }), 1);
    expect(Object.keys(attrsOf(tags[0]))).toEqual(['page', 'label', 'height']);
  });

  // The loader reads the element's `events` attribute; the iframe snippets carry `events=1`.
  it('keeps the events opt-in, like the iframe snippets do', () => {
    expect(iframeSnippet({ ...base, params: { events: true } })).toContain('events=1');
    expect(elementSnippet({ ...base, params: { events: true } })).toMatch(/<bodywork-embed [^>]*\bevents\b/);
  });
});

describe('cspLines', () => {
  it('allows our origin as a frame and script source', () => {
    expect(cspLines(ORIGIN)).toStrictEqual({ frameSrc: `frame-src ${ORIGIN};`, scriptSrc: `script-src ${ORIGIN};` });
  });
});

describe('hostile input in every snippet (XSS corpus)', () => {
  const builders: Array<[string, (input: SnippetInput) => string, number]> = [
    ['iframeSnippet', iframeSnippet, 0],
    ['autoHeightSnippet', autoHeightSnippet, 1],
    ['elementSnippet', (input) => elementSnippet(input), 1],
    ['elementSnippet (popup)', (input) => elementSnippet({ ...input, popup: true }), 1],
  ];
  const cases = builders.flatMap(([name, build, loaders]) =>
    XSS_PAYLOADS.map((payload) => [name, JSON.stringify(payload).slice(0, 60), build, loaders, payload] as const),
  );

  it.each(cases)(
    '%s stays inert with %s as title, clinic, cta, label, theme and accent',
    (_name, _label, build, loaders, payload) => {
      const inputs: SnippetInput[] = [
        {
          ...base,
          title: payload,
          params: { clinic: payload, cta: payload, ctaLabel: payload, theme: payload as EmbedTheme, accent: payload },
        },
        // With a valid link, so the label is kept, and the payload also inside the link itself.
        { ...base, title: payload, params: { clinic: payload, cta: CTA, ctaLabel: payload, events: true } },
        {
          ...base,
          page: 'compare/nmt-vs-deep-tissue',
          title: payload,
          params: { cta: `${CTA}/${payload}?q=${payload}#${payload}` },
        },
      ];
      for (const input of inputs) {
        const html = build(input);
        expectSafeSnippet(html, loaders);
        // The payload only ever appears escaped (when it has anything to escape).
        if (/[<>"'&]/.test(payload)) expect(html).not.toContain(payload);
        // Nothing but our origin's pages and loader, and a cleaned https booking link, is a URL.
        expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript)/i);
      }
    },
  );

  it('keeps hostile text as text: the clinic and title read back exactly', () => {
    for (const payload of XSS_PAYLOADS) {
      // The title is never cleaned, only escaped; the clinic is kept unless no text option may be it.
      const clinic = REFUSED_AS_TEXT.has(payload) ? undefined : payload.trim();
      const tags = expectSafeSnippet(elementSnippet({ ...base, title: payload, params: { clinic: payload } }), 1);
      const attrs = attrsOf(tags[0]);
      expect(attrs['label']).toBe(`${payload} (Bodywork Guide)`);
      expect(attrs['clinic']).toBe(clinic);
      const iframe = expectSafeSnippet(iframeSnippet({ ...base, title: payload, params: { clinic: payload } }), 0);
      expect(attrsOf(iframe[0])['title']).toBe(`${payload} (Bodywork Guide)`);
      expect(new URL(attrsOf(iframe[0])['src'] ?? '').searchParams.get('clinic') ?? undefined).toBe(clinic);
    }
  });

  it('stays well formed for arbitrary titles and options', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ maxLength: 60 }),
      fc.constantFrom(...XSS_PAYLOADS),
    );
    const input = fc.record({
      title: text,
      height: fc.integer({ min: 100, max: 5000 }),
      page: fc.constantFrom('quiz', 'compare/nmt-vs-deep-tissue', 'modalities/swedish-massage'),
      params: fc.record({ clinic: text, cta: fc.oneof(text, fc.webUrl()), ctaLabel: text, accent: text }, { requiredKeys: [] }),
      popup: fc.boolean(),
    });
    fc.assert(
      fc.property(input, ({ popup, ...rest }) => {
        const snippet: SnippetInput = { origin: ORIGIN, words, ...rest };
        expectSafeSnippet(iframeSnippet(snippet), 0);
        expectSafeSnippet(autoHeightSnippet(snippet), 1);
        expectSafeSnippet(elementSnippet({ ...snippet, popup }), 1);
      }),
    );
  });
});

describe('the pinned loader', () => {
  const integrity = `sha384-${'a'.repeat(64)}`;
  it('loads this release with its integrity hash and CORS, in tiers 2 and 3', () => {
    const tag = `<script src="${ORIGIN}${PINNED_LOADER_PATH}" integrity="${integrity}" crossorigin="anonymous" async></script>`;
    expect(loaderSnippet(ORIGIN, integrity)).toBe(tag);
    expect(autoHeightSnippet({ ...base, integrity }).endsWith(`\n${tag}`)).toBe(true);
    expect(elementSnippet({ ...base, integrity }).endsWith(`\n${tag}`)).toBe(true);
    expect(PINNED_LOADER_PATH).toMatch(/^\/embed\/v\d+\.\d+\.\d+\/embed\.js$/);
  });

  it('writes boolean options as bare attributes and view as a value', () => {
    const snippet = elementSnippet({ ...base, params: { events: true, view: 'full', preview: true } });
    expect(snippet).toContain(' events view="full" preview ');
  });
});

describe('loader releases', () => {
  it('refuse a changed loader under a released version, and a version with no record', async () => {
    const { releaseProblem, integrityOf } = await import('../../../src/integrations/embed-loader');
    const hash = integrityOf('code');
    expect(hash).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(releaseProblem({ '1.2.0': hash }, '1.2.0', hash)).toBeUndefined();
    expect(releaseProblem({ '1.2.0': hash }, '1.2.0', integrityOf('changed'))).toMatch(/Raise LOADER_VERSION/);
    expect(releaseProblem({}, '1.3.0', hash)).toContain(`"1.3.0": "${hash}"`);
  });

  it('has a record for the current version', async () => {
    const releases = (await import('../../../src/data/loader-releases.json')).default as Record<string, string>;
    expect(releases[LOADER_VERSION]).toMatch(/^sha384-/);
  });

  it('still serves every earlier release, byte for byte, from public/', async () => {
    const { integrityOf } = await import('../../../src/integrations/embed-loader');
    const releases = (await import('../../../src/data/loader-releases.json')).default as Record<string, string>;
    const earlier = Object.keys(releases).filter((version) => version !== LOADER_VERSION);
    expect(earlier.length).toBeGreaterThan(0);
    for (const version of earlier) {
      const file = new URL(`../../../public${loaderPath(version)}`, import.meta.url);
      expect(integrityOf(readFileSync(file, 'utf8')), version).toBe(releases[version]);
    }
  });
});
