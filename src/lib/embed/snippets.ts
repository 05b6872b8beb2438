/**
 * The HTML snippets clinics copy (For clinics page, oEmbed, README): pure string builders.
 * Every value is escaped for an attribute or text, and clinic options pass through the one
 * parameter schema first, so nothing a visitor types can become markup.
 */
import { LOADER_PATH, PINNED_LOADER_PATH } from './pages';
import { canonicalPath, embedPath } from '../routes';
import { ELEMENT_ATTRIBUTES, embedQuery, type EmbedOptions } from './params';
import { fillTemplate } from '../format';

/** The words a snippet carries, as templates filled with `{title}` (a language's `embed.snippet`). */
export interface SnippetWords {
  /** The iframe's title, e.g. "{title} (Bodywork Guide)". */
  frameTitle: string;
  /** The link to the full page, e.g. "{title} on Bodywork Guide". */
  fullPageLink: string;
}

export interface SnippetInput {
  /** Our site's origin, e.g. `https://bodyworkguide.org`. */
  origin: string;
  /** A page id (see pages.ts). */
  page: string;
  /** The page's title, for the iframe's title and the fallback link. */
  title: string;
  words: SnippetWords;
  /** Default iframe height in CSS pixels (measured at phone width). */
  height: number;
  params?: EmbedOptions;
  /**
   * The pinned loader's Subresource Integrity hash (`sha384-…`): with it, snippets load this
   * release's immutable copy, checked by the browser; without it, the moving /embed/v1/ copy.
   */
  integrity?: string;
}

/** Escapes text for use inside a double-quoted attribute or as element text. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** The iframe's accessible name: the page's title and whose it is. */
export const frameTitle = (title: string, words: SnippetWords) => fillTemplate(words.frameTitle, { title });

/** The visible link to the full page that every tier carries. */
const fullPageLink = (origin: string, page: string, text: string) =>
  `<a href="${escapeHtml(origin + canonicalPath(page))}">${escapeHtml(text)}</a>`;

/** The embed's URL with the clinic's options. */
export function embedUrl({ origin, page, params = {} }: Pick<SnippetInput, 'origin' | 'page' | 'params'>): string {
  return `${origin}${embedPath(page)}${embedQuery(params)}`;
}

/** Tier 1: a plain iframe that needs no script, with a visible link after it. */
export function iframeSnippet(input: SnippetInput): string {
  const { origin, page, title, height, words } = input;
  return [
    `<iframe src="${escapeHtml(embedUrl(input))}" title="${escapeHtml(frameTitle(title, words))}" loading="lazy"`,
    `  width="100%" height="${Math.round(height)}" style="border:0;width:100%;display:block" allow="clipboard-write"></iframe>`,
    `<p>${fullPageLink(origin, page, fillTemplate(words.fullPageLink, { title }))}</p>`,
  ].join('\n');
}

/** The loader script tag (tiers 2 and 3): pinned and integrity-checked when the hash is given. */
export function loaderSnippet(origin: string, integrity?: string): string {
  if (!integrity) return `<script src="${escapeHtml(origin + LOADER_PATH)}" async></script>`;
  return `<script src="${escapeHtml(origin + PINNED_LOADER_PATH)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" async></script>`;
}

/** Tier 2: the tier-1 iframe plus the loader, which makes it fit its content. */
export const autoHeightSnippet = (input: SnippetInput) =>
  `${iframeSnippet(input)}\n${loaderSnippet(input.origin, input.integrity)}`;

/** Tier 3: the custom element (inline, or `popup` for the quiz) with a fallback link inside. */
export function elementSnippet(input: SnippetInput & { popup?: boolean }): string {
  const { origin, page, title, height, words, params = {}, popup = false, integrity } = input;
  const query = new URLSearchParams(embedQuery(params));
  const attrs = [`page="${escapeHtml(page)}"`, `label="${escapeHtml(frameTitle(title, words))}"`];
  for (const [key, value] of query) {
    const attr = ELEMENT_ATTRIBUTES[key];
    if (attr) attrs.push(key === 'events' || key === 'preview' ? attr : `${attr}="${escapeHtml(value)}"`);
  }
  attrs.push(popup ? 'popup' : `height="${Math.round(height)}"`);
  return `<bodywork-embed ${attrs.join(' ')}>${fullPageLink(origin, page, title)}</bodywork-embed>\n${loaderSnippet(origin, integrity)}`;
}

/** The Content-Security-Policy sources a clinic's site may need for each tier. */
export function cspLines(origin: string): { frameSrc: string; scriptSrc: string } {
  return { frameSrc: `frame-src ${origin};`, scriptSrc: `script-src ${origin};` };
}
