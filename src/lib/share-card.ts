/**
 * Share images ("Open Graph cards"): the 1200×630 picture a link preview shows. This module is
 * pure: it names each page's image, lays the card out as a satori element tree and reads a built
 * page's share meta back. The wording (types, site name, tagline) comes in from
 * src/strings; rendering to PNG happens in src/integrations/share-images.ts. Image addresses
 * come from the route table (`shareImagePath`).
 */

/** The size every social network crops least: 1.91:1, the width Facebook and LinkedIn ask for. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What one card shows. */
export interface ShareCard {
  /** The page title, the largest text. */
  title: string;
  /** The kind of page ("Modality", "Comparison"…); the site's own card has none. */
  type?: string | undefined;
  /** A line under the title; only the site's own card (the home page) has one. */
  tagline?: string | undefined;
  /** The site name, beside the logo at the bottom. */
  siteName: string;
  /** The site's host name, e.g. `bodyworkguide.org`, at the bottom right. */
  host: string;
}

/** The font family names the tree uses; the renderer registers its font files under them. */
export const CARD_FONTS = { display: 'Source Serif 4', sans: 'Source Sans 3' } as const;

/** Light-theme tokens from src/styles/global.css: a card is a picture, so it has one theme. */
export const CARD_COLORS = {
  bg: '#f8f6f1',
  ink: '#1b2325',
  muted: '#4a5658',
  line: '#cfc9bb',
  accent: '#0b6159',
  accentStrong: '#084a44',
  accentSoft: '#dcefeb',
} as const;
const color = CARD_COLORS;

/** Left and right padding, and the width the title may use. */
const PAD_X = 88;
const TITLE_WIDTH = SHARE_IMAGE.width - 2 * PAD_X;

/**
 * The title's font size in px: as large as fits. Source Serif 4 semibold averages about 0.5 em
 * per character, so at these sizes a title of up to each limit wraps to at most three lines in
 * the title box; past the last limit it gets four lines and, if even that is not enough, an
 * ellipsis (`lineClamp`), never an overflow onto the footer.
 */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 24) return 88;
  if (length <= 48) return 76;
  if (length <= 75) return 64;
  return 54;
}

/** The most lines a title may take before it is cut with an ellipsis. */
export const TITLE_MAX_LINES = 4;

/** A satori element: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const node = (type: string, style: Record<string, string | number>, children?: (CardNode | string)[] | string): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/**
 * The card as a satori element tree. `logo` is the brand mark as a data: URI (the favicon).
 * Layout: a teal rule on the left, the type as a small pill, the title in the display serif,
 * and a footer with the logo, the site name and the host.
 */
export function shareCardTree(card: ShareCard, logo: string): CardNode {
  const size = card.tagline ? 104 : titleSize(card.title);
  const head: CardNode[] = card.type
    ? [
        node(
          'div',
          {
            display: 'flex',
            alignSelf: 'flex-start',
            padding: '8px 22px',
            borderRadius: 999,
            background: color.accentSoft,
            color: color.accentStrong,
            fontFamily: CARD_FONTS.sans,
            fontWeight: 700,
            fontSize: 26,
            letterSpacing: 2.5,
            textTransform: 'uppercase',
          },
          card.type,
        ),
      ]
    : [];
  const title = node(
    'div',
    {
      display: 'block',
      width: TITLE_WIDTH,
      marginTop: card.type ? 36 : 0,
      fontFamily: CARD_FONTS.display,
      fontWeight: 600,
      fontSize: size,
      lineHeight: 1.12,
      letterSpacing: -0.5,
      color: color.ink,
      lineClamp: TITLE_MAX_LINES,
    },
    card.title,
  );
  const tagline = card.tagline
    ? [
        node(
          'div',
          {
            display: 'block',
            marginTop: 28,
            width: TITLE_WIDTH,
            fontFamily: CARD_FONTS.sans,
            fontSize: 40,
            lineHeight: 1.3,
            color: color.muted,
          },
          card.tagline,
        ),
      ]
    : [];
  const footer = node(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      paddingTop: 30,
      borderTop: `2px solid ${color.line}`,
    },
    [
      node('div', { display: 'flex', alignItems: 'center' }, [
        { type: 'img', props: { src: logo, width: 56, height: 56, style: { width: 56, height: 56 } } },
        node(
          'div',
          { marginLeft: 18, fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: 34, color: color.ink },
          card.siteName,
        ),
      ]),
      node('div', { fontFamily: CARD_FONTS.sans, fontSize: 28, color: color.muted }, card.host),
    ],
  );
  return node(
    'div',
    {
      display: 'flex',
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      background: color.bg,
      borderLeft: `18px solid ${color.accent}`,
    },
    [
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `64px ${PAD_X - 18}px 56px ${PAD_X - 18}px`,
        },
        [
          node(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              flexGrow: 1,
              flexShrink: 1,
              justifyContent: 'center',
              paddingBottom: 24,
              overflow: 'hidden',
            },
            [...head, title, ...tagline],
          ),
          footer,
        ],
      ),
    ],
  );
}

/** What a built page's head says about its share image, read back by the renderer. */
export interface ShareMeta {
  /** og:image, an absolute URL. */
  image: string;
  /** og:title. */
  title: string;
  /** article:section, the page's type; absent on the home page. */
  type?: string | undefined;
  /** The page's language (`<html lang>`), so its card is in the same words. */
  locale?: string | undefined;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value can hold. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Reads og:image, og:title and article:section from a page's HTML (the `<meta property content>`
 * tags ShareMeta.astro writes), or undefined when the page has no share image (embeds, the 404).
 * The page is the one source of what its card says, so the card cannot disagree with its meta.
 */
export function readShareMeta(html: string): ShareMeta | undefined {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || html.length);
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const property = /\sproperty="([^"]*)"/i.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/i.exec(tag)?.[1];
    if (property && content !== undefined && !meta.has(property)) meta.set(property, decodeAttribute(content));
  }
  const image = meta.get('og:image');
  const title = meta.get('og:title');
  if (!image || title === undefined) return undefined;
  const locale = /<html\s[^>]*\blang="([^"]*)"/i.exec(head)?.[1];
  return { image, title, type: meta.get('article:section'), locale };
}
