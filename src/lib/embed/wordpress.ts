/**
 * WordPress's embed protocol, from the embed's side. When a WordPress site shows one of our pages
 * from a pasted link (oEmbed discovery), it filters our oEmbed HTML (`wp_filter_oembed_result` in
 * wp-includes/embed.php): the iframe gets `sandbox="allow-scripts"` (an opaque origin: no popups,
 * no top navigation, no storage), a random alphanumeric secret in its URL hash (`#?secret=…`)
 * and in `data-secret`, and stays hidden behind the fallback blockquote until it speaks. The
 * host script (wp-includes/js/wp-embed.js) then accepts, from that iframe's window only:
 *
 * - `{ message: 'height', value, secret }`: shows the iframe, hides the blockquote and sets the
 *   height, clamped to 200–1000 px (taller pages scroll inside the frame);
 * - `{ message: 'link', value: url, secret }`: navigates the top window to `url`, only if it is
 *   http(s), on the same host as the iframe's `src`, and the iframe has focus (a visitor's click).
 *
 * It sends `{ message: 'ready', secret }` to the iframe once its page has loaded, in case the
 * iframe spoke before the host script listened; the embed answers with its height again.
 * Pure functions; the adapter is src/components/embed/wordpress-protocol.ts.
 */
import { quantiseHeight } from './messages';

/** wp-embed.js clamps requested heights to this range. */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;

/** `#?secret=abc123`: WordPress's secrets are alphanumeric (10 characters today). */
const SECRET_HASH = /^#\?secret=([a-zA-Z0-9]{1,64})$/;

/** The WordPress secret in a URL hash, or undefined when the hash is anything else. */
export function secretFrom(hash: string): string | undefined {
  return SECRET_HASH.exec(hash)?.[1];
}

/** The height WordPress shows an iframe at: rounded up to a whole step, then clamped as wp-embed.js does. */
export const wordpressHeight = (height: number): number =>
  Math.min(WP_MAX_HEIGHT, Math.max(WP_MIN_HEIGHT, quantiseHeight(height)));

/** A message for wp-embed.js. */
export interface WordpressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/** The height message: the content height rounded up to a whole step (wp-embed.js clamps it). */
export const heightMessage = (height: number, secret: string): WordpressMessage => ({
  message: 'height',
  value: quantiseHeight(height),
  secret,
});

/** The link message: asks wp-embed.js to open `url` in the top window. */
export const linkMessage = (url: string, secret: string): WordpressMessage => ({ message: 'link', value: url, secret });

/** Whether data is wp-embed.js's `ready` message for this secret. */
export const isReadyMessage = (data: unknown, secret: string): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as Record<string, unknown>)['message'] === 'ready' &&
  (data as Record<string, unknown>)['secret'] === secret;

/** What a click on a link should do inside WordPress's sandbox (see linkAction). */
export type LinkAction = { kind: 'frame' } | { kind: 'copy' } | { kind: 'top'; url: string };

/**
 * What a click on a link does inside WordPress's sandbox, where a new tab, `target="_top"` and
 * any other site are all blocked:
 * - `frame`: a jump within this page (a citation); the browser does it.
 * - `top` with a URL on this page's origin: sent as a `link` message, so WordPress opens it in
 *   the top window. A link to our site goes to that page. A link to another site (a source)
 *   goes to the same spot on our full page (`canonical#anchor`, the reference entry), where
 *   that link is listed and works; WordPress opens nothing off our host.
 * - `copy`: a `tel:` or `mailto:` link, which no sandboxed frame may open and WordPress will not
 *   pass on; its text (the number) is selected so it can be read and copied.
 *
 * @param href the link's absolute URL
 * @param here this page's URL
 * @param canonical our full page's URL (the canonical link); its host is our site's host too
 * @param anchor the id of the link's nearest element with one, if any
 */
export function linkAction(href: string, here: string, canonical: string, anchor?: string): LinkAction {
  const url = new URL(href, here);
  const page = new URL(here);
  if (!/^https?:$/.test(url.protocol)) return { kind: 'copy' };
  if (url.origin === page.origin && url.pathname === page.pathname && url.search === page.search && url.hash)
    return { kind: 'frame' };
  const site = new URL(canonical, here);
  // Our own links are sent on this page's origin: the host WordPress compares with the iframe's.
  const ours = url.host === page.host || url.host === site.host;
  const target = ours ? url : new URL(anchor ? `#${anchor}` : '', site);
  return { kind: 'top', url: new URL(target.pathname + target.search + target.hash, page.origin).href };
}
