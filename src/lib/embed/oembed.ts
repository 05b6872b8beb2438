/**
 * The static oEmbed response for an embeddable page (/oembed/<page>.json), shaped so that
 * WordPress, which sanitises HTML from providers it does not know (`wp_filter_oembed_result` in
 * wp-includes/embed.php), keeps it whole:
 * - The HTML starts with `<blockquote>` (WordPress only keeps a blockquote found at the very
 *   start) holding a link to the full page: the fallback shown until the frame speaks, or for
 *   good where scripts do not run.
 * - Then one empty `<iframe>`. WordPress keeps its `src`, `title`, `width`, `height` and
 *   `frameborder` (so no border once `style` is stripped), adds its sandbox and secret, and
 *   sizes it through its own messages (src/lib/embed/wordpress.ts). `loading`, `style` and
 *   `allow` serve other consumers; WordPress drops them. No `scrolling="no"`: WordPress caps the
 *   frame at 1000 px and a taller page scrolls inside it.
 * - The height is the one WordPress would show: the measured height rounded up to a whole step
 *   and capped at 1000 px.
 */
import { canonicalPath } from '../routes';
import { embedUrl, escapeHtml, frameTitle, type SnippetWords } from './snippets';
import { fillTemplate } from '../format';
import { wordpressHeight } from './wordpress';

export interface OembedInput {
  /** Our site's origin, e.g. `https://bodyworkguide.org`. */
  origin: string;
  /** A page id (see pages.ts). */
  page: string;
  /** The page's title. */
  title: string;
  /** The page's measured height at phone width, in CSS pixels. */
  height: number;
  /** The provider's name, e.g. `Bodywork Guide`. */
  providerName: string;
  words: SnippetWords;
}

/** oEmbed needs a width for rich embeds; ours fill the width they are given. */
export const OEMBED_WIDTH = 720;

/** The oEmbed `html`: the fallback blockquote, then the iframe. */
export function oembedHtml({ origin, page, title, height, words }: Omit<OembedInput, 'providerName'>): string {
  const link = `<a href="${escapeHtml(origin + canonicalPath(page))}">${escapeHtml(fillTemplate(words.fullPageLink, { title }))}</a>`;
  return [
    `<blockquote>${link}</blockquote>`,
    `<iframe src="${escapeHtml(embedUrl({ origin, page }))}" title="${escapeHtml(frameTitle(title, words))}" width="100%"` +
      ` height="${wordpressHeight(height)}" frameborder="0" loading="lazy" style="border:0;width:100%;display:block"` +
      ` allow="clipboard-write"></iframe>`,
  ].join('\n');
}

/** The whole oEmbed response (version 1.0, type `rich`). */
export function oembedResponse(input: OembedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.origin}/`,
    html: oembedHtml(input),
    width: OEMBED_WIDTH,
    height: wordpressHeight(input.height),
    cache_age: 86400,
  };
}
