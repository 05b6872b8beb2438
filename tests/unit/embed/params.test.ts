// The clinic URL-parameter schema: every value is checked, anything invalid falls back silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/embed/contrast';
import {
  accentProblem,
  CLINIC_MAX,
  cleanAccent,
  cleanHttpsUrl,
  cleanText,
  cleanTheme,
  CTA_LABEL_MAX,
  embedQuery,
  type EmbedParams,
  hostOf,
  parseEmbedParams,
  embedRootState,
  cleanView,
  booleanAttribute,
  DEFAULT_THEME,
  THEMES,
  VIEWS,
} from '../../../src/lib/embed/params';
import { REFUSED_AS_TEXT, XSS_PAYLOADS } from '../../fixtures/xss';

/** The characters the schema refuses anywhere: C0/C1 controls, DEL, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CTA = 'https://clinic.example/book';

/** Asserts that cleaned text is plain, trimmed, single-spaced and within its limit. */
function expectCleanText(text: string | undefined, max: number) {
  if (text === undefined) return;
  expect(typeof text).toBe('string');
  expect(text.length).toBeGreaterThan(0);
  expect([...text].length).toBeLessThanOrEqual(max);
  expect(text).not.toMatch(UNSAFE);
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\s\s|[^\S ]/);
}

/** Asserts every field of parsed params against the schema. */
function expectSchema(params: EmbedParams) {
  expect(
    Object.keys(params).every((key) =>
      ['clinic', 'cta', 'ctaLabel', 'theme', 'accent', 'events', 'view', 'preview'].includes(key),
    ),
  ).toBe(true);
  expect(THEMES).toContain(params.theme);
  expect(typeof params.events).toBe('boolean');
  expect(typeof params.preview).toBe('boolean');
  expect(['summary', 'full']).toContain(params.view);
  expectCleanText(params.clinic, CLINIC_MAX);
  expectCleanText(params.ctaLabel, CTA_LABEL_MAX);
  if (params.ctaLabel !== undefined) expect(params.cta).toBeDefined();
  if (params.cta !== undefined) {
    expect(params.cta.startsWith('https://')).toBe(true);
    const url = new URL(params.cta);
    expect(url.protocol).toBe('https:');
    expect(url.href).toBe(params.cta);
    expect(url.username).toBe('');
    expect(url.password).toBe('');
    expect(url.hostname).toContain('.');
    // Spaces, quotes and angle brackets are percent-encoded in every part of an https URL.
    expect(params.cta).not.toMatch(/[\s"<>]/);
  }
  if (params.accent !== undefined) {
    expect(params.accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(params.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  }
}

const query = (entries: Record<string, string>) => `?${new URLSearchParams(entries)}`;

// Arbitraries: hostile and random strings mixed with values the schema accepts.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
  fc.constantFrom(...XSS_PAYLOADS),
);
const hexByte = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, '0'));
const accentish = fc.oneof(
  fc.tuple(hexByte, hexByte, hexByte).map((b) => `#${b.join('')}`),
  fc.tuple(hexByte, hexByte, hexByte).map((b) => `#${b.join('')}`.toUpperCase()),
  anyText,
);
const urlish = fc.oneof(
  fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ['http', 'https'], authoritySettings: { withUserInfo: true, withPort: true } }),
  anyText,
);
const valueFor: Record<string, fc.Arbitrary<string>> = {
  clinic: anyText,
  cta: urlish,
  cta_label: anyText,
  theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'Dark', ' light', ''), anyText),
  accent: accentish,
  events: fc.oneof(fc.constantFrom('1', '0', 'true', ''), anyText),
};
const entries = fc.array(
  fc.oneof(
    fc
      .constantFrom(...Object.keys(valueFor))
      .chain((name) => fc.tuple(fc.constant(name), valueFor[name] as fc.Arbitrary<string>)),
    fc.tuple(fc.string({ maxLength: 10 }), anyText),
  ),
  { maxLength: 8 },
);
/** Query strings: properly encoded, hand-written (unencoded) or arbitrary. */
const search = fc.oneof(
  entries.map((list) => `?${new URLSearchParams(list)}`),
  entries.map((list) => `?${list.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

describe('cleanText', () => {
  it('trims and collapses white space', () => {
    expect(cleanText('  Riverside   Massage  ', 60)).toBe('Riverside Massage');
    expect(cleanText('Riverside\u00a0\u00a0Massage', 60)).toBe('Riverside Massage');
  });

  it('refuses empty, blank and missing values', () => {
    expect(cleanText('', 60)).toBeUndefined();
    expect(cleanText('   ', 60)).toBeUndefined();
    expect(cleanText(null, 60)).toBeUndefined();
    expect(cleanText(undefined, 60)).toBeUndefined();
  });

  it('counts the limit in characters (code points), not UTF-16 units', () => {
    expect(cleanText('a'.repeat(60), CLINIC_MAX)).toBe('a'.repeat(60));
    expect(cleanText('a'.repeat(61), CLINIC_MAX)).toBeUndefined();
    expect(cleanText('💆'.repeat(60), CLINIC_MAX)).toBe('💆'.repeat(60));
    expect(cleanText('💆'.repeat(61), CLINIC_MAX)).toBeUndefined();
    expect(cleanText('b'.repeat(40), CTA_LABEL_MAX)).toBe('b'.repeat(40));
    expect(cleanText('b'.repeat(41), CTA_LABEL_MAX)).toBeUndefined();
  });

  it('measures the limit after trimming', () => {
    expect(cleanText(`   ${'a'.repeat(60)}   `, CLINIC_MAX)).toBe('a'.repeat(60));
  });

  it.each([
    '\u0000',
    '\t',
    '\n',
    '\r',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009f',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ])('refuses text containing U+%s', (char) => {
    expect(cleanText(`Clinic${char}Name`, 60)).toBeUndefined();
    expect(cleanText(`${char}Clinic`, 60)).toBeUndefined();
  });

  it('keeps markup as the literal text it is', () => {
    expect(cleanText('<b>Spa</b> & "Co"', 60)).toBe('<b>Spa</b> & "Co"');
  });

  it('always returns undefined or clean text within the limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 80 }), (value, max) => {
        const text = cleanText(value, max);
        expectCleanText(text, max);
        // Only white space changes: every other character is kept, in order.
        if (text !== undefined) expect(text.replace(/\s/g, '')).toBe(value.replace(/\s/g, ''));
      }),
    );
  });
});

describe('cleanHttpsUrl', () => {
  it('accepts and normalises absolute https URLs', () => {
    expect(cleanHttpsUrl(CTA)).toBe(CTA);
    expect(cleanHttpsUrl('https://clinic.example')).toBe('https://clinic.example/');
    expect(cleanHttpsUrl('HTTPS://Clinic.EXAMPLE:443/a/../book?x=1#now')).toBe('https://clinic.example/book?x=1#now');
    expect(cleanHttpsUrl('  https://clinic.example/book  ')).toBe(CTA);
    expect(cleanHttpsUrl('https://clinic.example/a b"<>')).toBe('https://clinic.example/a%20b%22%3C%3E');
  });

  it.each([
    ['http', 'http://clinic.example/book'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['ftp', 'ftp://clinic.example/'],
    ['a protocol-relative URL', '//clinic.example/book'],
    ['a relative path', '/book'],
    ['a bare host', 'clinic.example'],
    ['a user name', 'https://user@clinic.example/'],
    ['a user name and password', 'https://user:pass@clinic.example/'],
    ['a host without a dot', 'https://localhost/'],
    ['a host without a dot (IPv6)', 'https://[::1]/'],
    ['an invalid host', 'https://exa mple.com/'],
    ['a tab inside', 'https://clinic.example/bo\tok'],
    ['a newline inside', 'https://clinic.example/\nbook'],
    ['a bidi override', 'https://clinic.example/\u202ekoob'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a URL over 2000 characters', `https://clinic.example/${'a'.repeat(2000)}`],
  ])('refuses %s', (_label, value) => {
    expect(cleanHttpsUrl(value)).toBeUndefined();
  });

  it('accepts a URL of exactly 2000 characters', () => {
    const url = `https://clinic.example/${'a'.repeat(2000 - 'https://clinic.example/'.length)}`;
    expect(url).toHaveLength(2000);
    expect(cleanHttpsUrl(url)).toBe(url);
  });

  it('returns undefined or a normalised https URL for any input', () => {
    fc.assert(
      fc.property(urlish, (value) => {
        const url = cleanHttpsUrl(value);
        if (url === undefined) return;
        expect(url.startsWith('https://')).toBe(true);
        expect(new URL(url).href).toBe(url);
        expect(cleanHttpsUrl(url)).toBe(url);
      }),
    );
  });
});

describe('cleanTheme', () => {
  it('keeps the three themes and defaults everything else to light', () => {
    expect(cleanTheme('light')).toBe('light');
    expect(cleanTheme('dark')).toBe('dark');
    expect(cleanTheme('auto')).toBe('auto');
    for (const value of ['Dark', ' dark', 'dark ', 'LIGHT', 'sepia', '', null, undefined])
      expect(cleanTheme(value)).toBe('light');
  });
});

describe('cleanView', () => {
  it('is the summary unless it is exactly full', () => {
    expect(cleanView('full')).toBe('full');
    for (const value of ['summary', 'Full', ' full', 'all', '', null, undefined]) expect(cleanView(value)).toBe('summary');
  });
});

describe('accent colours', () => {
  it('accepts a dark enough #rrggbb in either case, lower-cased', () => {
    expect(accentProblem('#0b6159')).toBeUndefined();
    expect(cleanAccent('#0b6159')).toBe('#0b6159');
    expect(cleanAccent('#0B6159')).toBe('#0b6159');
    expect(cleanAccent('#000000')).toBe('#000000');
    expect(cleanAccent('#767676')).toBe('#767676');
  });

  it('refuses colours white text does not contrast with', () => {
    expect(accentProblem('#777777')).toBe('contrast');
    expect(accentProblem('#ffffff')).toBe('contrast');
    expect(accentProblem('#FFFF00')).toBe('contrast');
    expect(cleanAccent('#777777')).toBeUndefined();
  });

  it.each([
    '#fff',
    '#0b615',
    '#0b61599',
    '0b6159',
    '#0b615g',
    ' #0b6159',
    '#0b6159 ',
    '#0b6159\n',
    'rgb(0,0,0)',
    'black',
    '#0b6159;color:red',
    '',
    null,
    undefined,
  ])('refuses the format of %j', (value) => {
    expect(accentProblem(value)).toBe('format');
    expect(cleanAccent(value)).toBeUndefined();
  });

  // #767676 is the lightest grey that white text reaches 4.5:1 on (WCAG's own example).
  it('accepts every grey from black to #767676 and none lighter, in either case', () => {
    const greys = Array.from({ length: 256 }, (_, level) => `#${level.toString(16).padStart(2, '0').repeat(3)}`);
    const accepted = greys.filter((grey) => cleanAccent(grey) === grey);
    expect(accepted).toEqual(greys.slice(0, 0x77));
    expect(greys.filter((grey) => cleanAccent(grey.toUpperCase()) === grey)).toEqual(accepted);
    for (const grey of greys.slice(0x77)) expect(accentProblem(grey), grey).toBe('contrast');
  });
});

const DEFAULTS: EmbedParams = { theme: 'light', events: false, view: 'summary', preview: false };

describe('parseEmbedParams', () => {
  it('defaults to the light theme, the summary and nothing else', () => {
    expect(parseEmbedParams('')).toStrictEqual(DEFAULTS);
    expect(parseEmbedParams('?')).toStrictEqual(DEFAULTS);
    expect(parseEmbedParams('?unknown=1')).toStrictEqual(DEFAULTS);
  });

  it('reads every option', () => {
    const params = parseEmbedParams(
      query({
        clinic: ' Riverside  Massage ',
        cta: CTA,
        cta_label: 'Book now',
        theme: 'dark',
        accent: '#0B6159',
        events: '1',
        view: 'full',
        preview: 'result',
      }),
    );
    expect(params).toStrictEqual({
      clinic: 'Riverside Massage',
      cta: CTA,
      ctaLabel: 'Book now',
      theme: 'dark',
      accent: '#0b6159',
      events: true,
      view: 'full',
      preview: true,
    });
  });

  it('reads a URLSearchParams object as well as a string, with or without the ?', () => {
    const entries = { clinic: 'Spa', cta: CTA, theme: 'light' };
    const expected = { ...DEFAULTS, clinic: 'Spa', cta: CTA };
    expect(parseEmbedParams(new URLSearchParams(entries))).toStrictEqual(expected);
    expect(parseEmbedParams(new URLSearchParams(entries).toString())).toStrictEqual(expected);
    expect(parseEmbedParams(query(entries))).toStrictEqual(expected);
  });

  it('drops the button label when there is no valid booking link', () => {
    expect(parseEmbedParams(query({ cta_label: 'Book now' })).ctaLabel).toBeUndefined();
    expect(parseEmbedParams(query({ cta: 'http://clinic.example/', cta_label: 'Book now' })).ctaLabel).toBeUndefined();
    expect(parseEmbedParams(query({ cta: CTA, cta_label: 'Book now' })).ctaLabel).toBe('Book now');
  });

  it('only turns events on for events=1', () => {
    expect(parseEmbedParams('?events=1').events).toBe(true);
    for (const value of ['0', 'true', 'yes', '', ' 1', '01'])
      expect(parseEmbedParams(query({ events: value })).events).toBe(false);
    expect(parseEmbedParams('?events').events).toBe(false);
  });

  it('uses the first of repeated parameters', () => {
    expect(parseEmbedParams('?theme=dark&theme=light').theme).toBe('dark');
    expect(parseEmbedParams('?clinic=A&clinic=B').clinic).toBe('A');
  });

  it('falls back field by field: one bad value does not drop the others', () => {
    const params = parseEmbedParams(
      query({ clinic: 'Spa\u0000', cta: CTA, cta_label: 'x'.repeat(41), theme: 'night', accent: '#eeeeee' }),
    );
    expect(params).toStrictEqual({ ...DEFAULTS, cta: CTA });
  });

  it('never throws and always satisfies the schema', () => {
    fc.assert(
      fc.property(search, (value) => {
        expectSchema(parseEmbedParams(value));
        expectSchema(parseEmbedParams(new URLSearchParams(value)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('embedQuery', () => {
  it('is empty for the defaults', () => {
    expect(embedQuery({})).toBe('');
    expect(embedQuery(DEFAULTS)).toBe('');
    expect(embedQuery(parseEmbedParams(''))).toBe('');
  });

  it('writes only the options that differ from the defaults, in order', () => {
    expect(
      embedQuery({ events: true, accent: '#0B6159', theme: 'dark', ctaLabel: 'Book now', cta: CTA, clinic: 'Riverside Massage' }),
    ).toBe(`?clinic=Riverside+Massage&cta=${encodeURIComponent(CTA)}&cta_label=Book+now&theme=dark&accent=%230b6159&events=1`);
    expect(embedQuery({ theme: 'auto' })).toBe('?theme=auto');
    expect(embedQuery({ theme: 'light', view: 'summary', preview: false })).toBe('');
    expect(embedQuery({ view: 'full', preview: true })).toBe('?view=full&preview=result');
  });

  it('cleans what it is given', () => {
    expect(embedQuery({ clinic: '  A  B ', cta: 'javascript:alert(1)', ctaLabel: 'Book', accent: '#ffffff' })).toBe(
      '?clinic=A+B',
    );
    expect(embedQuery({ theme: 'night' as never })).toBe('');
  });

  it('encodes the characters that would end a parameter', () => {
    const q = embedQuery({ clinic: 'A&B=C #1 + ?', cta: `${CTA}?a=1&b=2#x` });
    expect(parseEmbedParams(q)).toStrictEqual({ ...DEFAULTS, clinic: 'A&B=C #1 + ?', cta: `${CTA}?a=1&b=2#x` });
    expect(q.slice(1).split('&')).toHaveLength(2);
  });

  it('round-trips: parsing its output gives back the same parsed params', () => {
    fc.assert(
      fc.property(search, (value) => {
        const parsed = parseEmbedParams(value);
        const written = embedQuery(parsed);
        expect(parseEmbedParams(written)).toStrictEqual(parsed);
        expect(embedQuery(parseEmbedParams(written))).toBe(written);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips for fully populated, valid params', () => {
    const text = (max: number) =>
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => cleanText(s, max) === s);
    const valid = fc.record({
      clinic: text(CLINIC_MAX),
      cta: fc
        .webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
        .filter((u) => cleanHttpsUrl(u) === u),
      ctaLabel: text(CTA_LABEL_MAX),
      theme: fc.constantFrom(...THEMES),
      accent: fc.constantFrom('#0b6159', '#000000', '#767676', '#1a1a80'),
      events: fc.boolean(),
      view: fc.constantFrom(...VIEWS),
      preview: fc.boolean(),
    });
    fc.assert(
      fc.property(valid, (params) => {
        expect(parseEmbedParams(embedQuery(params))).toStrictEqual({ ...params });
      }),
    );
  });

  // Percent-encoding can make a short link long: the limit applies to the normalised link, so a
  // link that is accepted always survives a second pass (embedQuery re-parses everything).
  it('keeps a long non-ASCII booking link it accepts, and rejects one that encodes too long', () => {
    const fits = `https://clinic.example/${'é'.repeat(300)}`;
    const cta = cleanHttpsUrl(fits);
    expect(cta).toBeDefined();
    expect(parseEmbedParams(embedQuery(parseEmbedParams(query({ cta: fits })))).cta).toBe(cta);
    expect(cleanHttpsUrl(`https://clinic.example/${'é'.repeat(600)}`)).toBeUndefined();
  });
});

describe('hostOf', () => {
  it('returns the host name without a leading www.', () => {
    expect(hostOf('https://www.clinic.example/book')).toBe('clinic.example');
    expect(hostOf('https://book.clinic.example:8443/x?y#z')).toBe('book.clinic.example');
    expect(hostOf('https://wwwclinic.example/')).toBe('wwwclinic.example');
    expect(hostOf('https://www.www.clinic.example/')).toBe('www.clinic.example');
  });

  it('shows an international domain as its ASCII form, so look-alikes stand out', () => {
    expect(hostOf('https://bücher.example/')).toBe('xn--bcher-kva.example');
    expect(hostOf('https://аpple.com/')).toMatch(/^xn--/); // Cyrillic а
  });
});

describe('embedRootState', () => {
  it('is light unless the URL asks for dark or auto, and shows the summary unless it asks for full', () => {
    expect(embedRootState('?theme=light')).toStrictEqual({ theme: 'light', view: 'summary' });
    expect(embedRootState('?theme=dark&view=full')).toStrictEqual({ theme: 'dark', view: 'full' });
    expect(embedRootState('?theme=auto')).toStrictEqual({ theme: '', view: 'summary' });
    expect(embedRootState('?theme=Dark&view=FULL')).toStrictEqual({ theme: 'light', view: 'summary' });
    expect(embedRootState('?theme=dark%22')).toStrictEqual({ theme: 'light', view: 'summary' });
    expect(embedRootState('')).toStrictEqual({ theme: 'light', view: 'summary' });
  });

  it('agrees with cleanTheme, cleanView and parseEmbedParams (auto ↔ "")', () => {
    const themed = fc.oneof(
      search,
      valueFor['theme']!.map((t) => query({ theme: t })),
      fc.constantFrom(
        '?theme=dark',
        '?theme=light',
        '?theme=auto',
        '?theme=dark&theme=light',
        '?theme=%64ark',
        'theme=light',
        '?view=full',
        '?view=full&view=summary',
        '?view=%66ull',
      ),
    );
    fc.assert(
      fc.property(themed, (value) => {
        const query = new URLSearchParams(value);
        const theme = cleanTheme(query.get('theme'));
        expect(embedRootState(value)).toStrictEqual({ theme: theme === 'auto' ? '' : theme, view: cleanView(query.get('view')) });
        expect(parseEmbedParams(value).theme).toBe(theme);
        expect(parseEmbedParams(value).view).toBe(cleanView(query.get('view')));
      }),
    );
  });

  it('survives being inlined as source text, as the embed page does', () => {
    const inlined = new Function('search', `return (${embedRootState})(search)`) as typeof embedRootState;
    expect(inlined('?theme=dark&view=full')).toStrictEqual({ theme: 'dark', view: 'full' });
  });
});

describe('booleanAttribute', () => {
  it('is on when present, unless it says false, 0 or off', () => {
    expect(booleanAttribute(null)).toBe(false);
    expect(booleanAttribute('')).toBe(true);
    expect(booleanAttribute('events')).toBe(true);
    expect(booleanAttribute('true')).toBe(true);
    for (const off of ['false', 'FALSE', ' false ', '0', 'off']) expect(booleanAttribute(off)).toBe(false);
  });
});

describe('hostile input (XSS corpus)', () => {
  it('has a corpus of at least 30 payloads, among them the ones no text option keeps', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(XSS_PAYLOADS).toEqual(expect.arrayContaining([...REFUSED_AS_TEXT]));
  });

  const cases = XSS_PAYLOADS.map((payload) => [JSON.stringify(payload).slice(0, 70), payload] as const);
  /** Each payload both as an encoded value and pasted raw into a hand-written URL. */
  const searches = (name: string, payload: string, extra: Record<string, string> = {}) => [
    query({ ...extra, [name]: payload }),
    `?${new URLSearchParams(extra)}&${name}=${payload}`,
  ];

  it.each(cases)('clinic=%s is refused or kept as plain text', (_label, payload) => {
    const [encoded, raw] = searches('clinic', payload) as [string, string];
    const params = parseEmbedParams(encoded);
    expectSchema(params);
    expect(params.clinic).toBe(REFUSED_AS_TEXT.has(payload) ? undefined : payload.trim());
    expect(Object.keys(params).sort()).toEqual(
      [...(params.clinic ? ['clinic'] : []), 'events', 'preview', 'theme', 'view'].sort(),
    );
    expectSchema(parseEmbedParams(raw));
  });

  it.each(cases)('cta=%s is never anything but an https URL', (_label, payload) => {
    for (const value of searches('cta', payload)) {
      const params = parseEmbedParams(value);
      expectSchema(params);
      if (!/^\s*https:\/\//i.test(payload)) expect(params.cta).toBeUndefined();
    }
    expect(cleanHttpsUrl(payload) ?? 'https://').toMatch(/^https:\/\//);
  });

  it('refuses every scripting, data and non-https scheme in the corpus', () => {
    for (const payload of XSS_PAYLOADS.filter((p) => /^(\s*(java\s*script|vbscript|data|http):|\/\/)/i.test(p))) {
      expect(cleanHttpsUrl(payload)).toBeUndefined();
    }
    expect(cleanHttpsUrl('https://user:pass@example.com/')).toBeUndefined();
  });

  it('percent-encodes markup in an https booking link', () => {
    const cta = parseEmbedParams(query({ cta: 'https://example.com/"><script>window.__xss=1</script>' })).cta;
    expect(cta).toBe('https://example.com/%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E');
    const quoted = parseEmbedParams(query({ cta: 'https://example.com/book" onmouseover="window.__xss=1' })).cta;
    expect(quoted).toBe('https://example.com/book%22%20onmouseover=%22window.__xss=1');
  });

  it.each(cases)('cta_label=%s is refused or kept as plain text, and only with a link', (_label, payload) => {
    expect(parseEmbedParams(query({ cta_label: payload })).ctaLabel).toBeUndefined();
    const [encoded, raw] = searches('cta_label', payload, { cta: CTA }) as [string, string];
    const params = parseEmbedParams(encoded);
    expectSchema(params);
    expect(params.cta).toBe(CTA);
    expect(params.ctaLabel).toBe(REFUSED_AS_TEXT.has(payload) || payload.length > CTA_LABEL_MAX ? undefined : payload.trim());
    expectSchema(parseEmbedParams(raw));
  });

  it.each(cases)('theme=%s falls back to light', (_label, payload) => {
    for (const value of searches('theme', payload)) {
      expect(parseEmbedParams(value).theme).toBe(DEFAULT_THEME);
      expect(embedRootState(value).theme).toBe('light');
    }
  });

  it.each(cases)('accent=%s is refused (only #rrggbb is accepted)', (_label, payload) => {
    for (const value of searches('accent', payload)) {
      const params = parseEmbedParams(value);
      expectSchema(params);
      expect(params.accent).toBeUndefined();
    }
    expect(accentProblem(payload)).toBe('format');
  });

  it.each(cases)('%s in every parameter at once still gives schema-valid params', (_label, payload) => {
    const all = {
      clinic: payload,
      cta: payload,
      cta_label: payload,
      theme: payload,
      accent: payload,
      events: payload,
      view: payload,
      preview: payload,
    };
    const params = parseEmbedParams(query(all));
    expectSchema(params);
    expect(params.theme).toBe('light');
    expect(params.view).toBe('summary');
    expect(params.preview).toBe(false);
    expect(params.accent).toBeUndefined();
    expect(params.events).toBe(false);
    expect(parseEmbedParams(embedQuery(params))).toStrictEqual(params);
  });
});

describe('hidden tricks in text and links', () => {
  it('rejects names with invisible or direction-changing characters', () => {
    for (const c of ['\u200b', '\u200e', '\u200f', '\u061c', '\u2028', '\u2066', '\ufeff']) {
      expect(cleanText(`Acme${c}Clinic`, 60), JSON.stringify(c)).toBeUndefined();
    }
    expect(cleanText('Acme Clinic', 60)).toBe('Acme Clinic');
  });

  it('rejects booking links whose host name has an empty label', () => {
    for (const url of ['https://www./', 'https://.../', 'https://a./book', 'https://localhost/book']) {
      expect(cleanHttpsUrl(url), url).toBeUndefined();
    }
    expect(cleanHttpsUrl('https://clinic.example/book')).toBe('https://clinic.example/book');
  });
});
