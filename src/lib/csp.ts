/**
 * The Content Security Policy, sent as one HTTP header. Astro (`security.csp` in astro.config.mjs)
 * writes each page's policy into a `<meta>` with the hashes of the scripts and styles it emits. A
 * meta tag governs only what follows it (our pre-paint script comes first) and cannot carry
 * `frame-ancestors`, so after the build src/integrations/csp-header.ts merges every page's policy
 * into one site-wide policy and appends it to each `Content-Security-Policy` line of `_headers`,
 * where `frame-ancestors` is set per path. Everything here is pure; the integration reads and
 * writes the files.
 */
import { createHash } from 'node:crypto';

/** A policy: each directive's name with its sources, in the order they were first written. */
export type Policy = Map<string, string[]>;

/** The CSP source that allows exactly this inline script or style text: `'sha256-…'` without quotes. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Parses `a x y; b z` into a policy. Directive names are lower-cased; empty parts are skipped. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

/** One policy that allows what any of them allows: each directive's sources, joined without repeats. */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

/** A policy as header text: `a x y; b z`. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * What a policy must never allow, as readable problems (empty when it is strict): inline script
 * or style by `'unsafe-inline'`, `eval()` by `'unsafe-eval'`, or any script or style at all by a
 * bare `*`, `http:`, `https:` or `data:`. (`'wasm-unsafe-eval'` compiles WebAssembly only: Pagefind.)
 */
export function policyProblems(policy: Policy): string[] {
  const loose = new Set(["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']);
  const problems: string[] = [];
  for (const [name, sources] of policy) {
    if (!/^(script|style|default)-src/.test(name)) continue;
    for (const source of sources) if (loose.has(source)) problems.push(`${name} allows ${source}`);
  }
  for (const name of ['script-src', 'style-src']) if (!policy.has(name)) problems.push(`${name} is missing`);
  return problems;
}

/** A page's meta policy text, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types a browser runs; anything else (`application/ld+json`, `application/json`) is data, which CSP ignores. */
const RUNS = /^(|module|(text|application)\/(java|ecma)script)$/i;

/** The text of every inline script a browser would run on the page (no `src`, an executable type). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].flatMap(([, attrs = '', body = '']) => {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) return [];
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(` ${attrs}`)?.[1] ?? '';
    return RUNS.test(type.trim()) ? [body] : [];
  });
}

/** The text of every `<style>` element on the page. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);
}

/** How many elements carry a `style` attribute (text inside scripts does not count). */
export function styleAttributeCount(html: string): number {
  return html.replace(SCRIPT, '').match(/<[a-z][^<>]*\sstyle\s*=/gi)?.length ?? 0;
}

/** Cloudflare Pages ignores a `_headers` line longer than this (its documented limit). */
export const HEADERS_LINE_LIMIT = 2000;

/**
 * `_headers` with the policy appended to every `Content-Security-Policy` line, after the line's
 * own `frame-ancestors`. Throws when a line sets anything but `frame-ancestors` (the rest comes
 * from the pages) or comes out longer than Cloudflare reads.
 */
export function withPolicy(headers: string, policy: Policy): string {
  const suffix = serializePolicy(policy);
  return headers
    .split('\n')
    .map((line, i) => {
      const match = /^(\s+Content-Security-Policy:\s*)(.*)$/i.exec(line);
      if (!match) return line;
      const own = parsePolicy(match[2] ?? '');
      if ([...own.keys()].some((name) => name !== 'frame-ancestors')) {
        throw new Error(
          `_headers line ${i + 1}: a Content-Security-Policy line may set only frame-ancestors; the rest of the policy comes from astro.config.mjs (security.csp).`,
        );
      }
      const out = `${match[1]}${serializePolicy(own)}; ${suffix}`;
      if (out.length > HEADERS_LINE_LIMIT) {
        throw new Error(
          `_headers line ${i + 1}: the Content-Security-Policy line is ${out.length} characters, over Cloudflare's limit of ${HEADERS_LINE_LIMIT}. ` +
            'Too many inline scripts or styles are hashed: move one into a bundled <script> or stylesheet.',
        );
      }
      return out;
    })
    .join('\n');
}

/** Why a built page would break under its own policy, as readable problems (empty when none). */
export function pageProblems(file: string, html: string, policy: Policy): string[] {
  const problems: string[] = [];
  const scriptSources = policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src') ?? [];
  for (const code of inlineScripts(html)) {
    if (!scriptSources.includes(`'${cspHash(code)}'`)) {
      problems.push(`${file}: an inline script has no hash in script-src: ${code.slice(0, 80)}…`);
    }
  }
  for (const css of inlineStyles(html)) {
    if (!styleSources.includes(`'${cspHash(css)}'`)) {
      problems.push(`${file}: a <style> element has no hash in style-src: ${css.slice(0, 80)}…`);
    }
  }
  const attributes = styleAttributeCount(html);
  if (attributes > 0) problems.push(`${file}: ${attributes} style="" attribute(s), which style-src blocks`);
  return problems;
}
