import { describe, expect, it } from 'vitest';
import {
  HEADERS_LINE_LIMIT,
  cspHash,
  inlineScripts,
  inlineStyles,
  mergePolicies,
  metaPolicy,
  pageProblems,
  parsePolicy,
  policyProblems,
  serializePolicy,
  styleAttributeCount,
  withPolicy,
} from '../../../src/lib/csp';
import { embedPrePaint, pagePrePaint } from '../../../src/layouts/pre-paint';

const strict = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'";

describe('policies', () => {
  it('parses, merges without repeats and writes a policy back', () => {
    const a = parsePolicy("default-src 'self';script-src 'self' 'sha256-a'; style-src 'self';");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'; img-src data:");
    expect(serializePolicy(mergePolicies([a, b]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src data:",
    );
  });

  it('reads the policy from an Astro meta tag, unescaping its quotes', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`)).toBe(
      "script-src 'self'",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('finds nothing wrong with a strict policy, and names every loosening', () => {
    expect(policyProblems(parsePolicy(strict))).toEqual([]);
    expect(policyProblems(parsePolicy("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"))).toEqual([]);
    expect(
      policyProblems(parsePolicy("script-src 'self' 'unsafe-inline' https:; style-src-attr 'unsafe-inline'; img-src *")),
    ).toEqual([
      "script-src allows 'unsafe-inline'",
      'script-src allows https:',
      "style-src-attr allows 'unsafe-inline'",
      'style-src is missing',
    ]);
  });
});

describe('inline code on a page', () => {
  const html = [
    '<script>one()</script>',
    '<script type="module">two()</script>',
    '<script type="module" src="/x.js"></script>',
    '<script type="application/ld+json">{"a":"<b style=\\"x\\">"}</script>',
    '<script type="application/json">{}</script>',
    '<style>p{color:red}</style>',
    '<p class="a" style="color:red">x</p>',
    '<pre><code>&lt;iframe style="border:0"&gt;</code></pre>',
  ].join('');

  it('lists the scripts a browser runs (not data, not external files) and every style element', () => {
    expect(inlineScripts(html)).toEqual(['one()', 'two()']);
    expect(inlineStyles(html)).toEqual(['p{color:red}']);
  });

  it('counts style attributes on elements, not in script data or escaped text', () => {
    expect(styleAttributeCount(html)).toBe(1);
  });

  it('names the file and the code the policy would block', () => {
    const policy = parsePolicy(`script-src 'self' '${cspHash('one()')}'; style-src 'self'`);
    expect(pageProblems('dist/x/index.html', html, policy)).toEqual([
      'dist/x/index.html: an inline script has no hash in script-src: two()…',
      'dist/x/index.html: a <style> element has no hash in style-src: p{color:red}…',
      'dist/x/index.html: 1 style="" attribute(s), which style-src blocks',
    ]);
    const allowing = parsePolicy(
      `script-src '${cspHash('one()')}' '${cspHash('two()')}'; style-src '${cspHash('p{color:red}')}'`,
    );
    expect(pageProblems('f', html.replace(' style="color:red"', ''), allowing)).toEqual([]);
  });

  it('hashes the pre-paint scripts exactly as the browser does (SHA-256 of the text, base64)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    for (const script of [pagePrePaint, embedPrePaint]) expect(script.hash).toBe(cspHash(script.code));
    expect(pagePrePaint.code).toContain('"bw-theme"');
  });
});

describe('_headers', () => {
  const headers = [
    '# comment',
    '/*',
    '  X-Frame-Options: SAMEORIGIN',
    "  Content-Security-Policy: frame-ancestors 'self'",
    '/embed/*',
    '  ! Content-Security-Policy',
    '  Content-Security-Policy: frame-ancestors *',
  ].join('\n');

  it("appends the site's policy to each path's frame-ancestors, touching nothing else", () => {
    expect(withPolicy(headers, parsePolicy(strict)).split('\n')).toEqual([
      '# comment',
      '/*',
      '  X-Frame-Options: SAMEORIGIN',
      `  Content-Security-Policy: frame-ancestors 'self'; ${strict}`,
      '/embed/*',
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: frame-ancestors *; ${strict}`,
    ]);
  });

  it('refuses a Content-Security-Policy line that sets more than frame-ancestors', () => {
    expect(() => withPolicy("/*\n  Content-Security-Policy: frame-ancestors 'self'; script-src *", parsePolicy(strict))).toThrow(
      /_headers line 2: a Content-Security-Policy line may set only frame-ancestors/,
    );
  });

  it('refuses a line longer than Cloudflare reads, saying what to do', () => {
    const many = parsePolicy(`script-src ${Array.from({ length: 40 }, (_, i) => `'${cspHash(String(i))}'`).join(' ')}`);
    expect(() => withPolicy(headers, many)).toThrow(
      new RegExp(`line 4: .* over Cloudflare's limit of ${HEADERS_LINE_LIMIT}.*move one into a bundled`),
    );
  });
});
