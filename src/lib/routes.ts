/**
 * The route table: every kind of page the site builds, with its address and how the rest of the
 * site names it (search filter, embed id, breadcrumb section). Components, pages, the data layer,
 * the embed list, the tools and the tests build addresses only through this file, so moving a
 * route or adding a kind of page is a change here (plus its file under src/pages/, which must
 * agree: the link check over the built site fails when they do not).
 *
 * Pure and wording-free: labels come from src/strings (a section's label is `nav[section]`, a
 * search type's is `search.typeLabels[type]`).
 */

/** The Pagefind `type` filter values, in the order the search filters show them. */
export const searchTypes = ['modality', 'comparison', 'condition', 'guide', 'quiz-result', 'glossary'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The listings a breadcrumb can name as a page's parent: its address is `paths[section]`, its label `nav[section]`. */
export type Section = 'modalities' | 'compare' | 'conditions' | 'guides' | 'quiz';

/** Addresses of the pages that exist once. */
export const paths = {
  home: '/',
  modalities: '/modalities/',
  compare: '/compare/',
  conditions: '/conditions/',
  guides: '/guides/',
  quiz: '/quiz/',
  /** The printable sheet for a therapist; the answers travel in the hash (`#q=…`). */
  quizSheet: '/quiz/sheet/',
  glossary: '/glossary/',
  sources: '/sources/',
  search: '/search/',
  corrections: '/corrections/',
  forClinics: '/for-clinics/',
  /** The RSS feed of changes: new pages, corrections and fact checks. */
  feed: '/changes.xml',
  sitemap: '/sitemap-index.xml',
} as const;

/** One kind of page: where its pages live and how the site refers to them. */
export interface PageKind {
  /** The content collection its pages come from, if any. */
  collection?: string;
  /** A page's address from its id (an entry id, an outcome id…). */
  href: (id: string) => string;
  /** The search filter its pages carry; without one they are found under "All" only. */
  searchType?: SearchType;
  /** Its page id for clinics' embeds (`compare/<id>`), when clinics can embed it. */
  embed?: (id: string) => string;
  /** The listing a breadcrumb shows above it. */
  section?: Section;
}

/** The route table, one row per kind of page. */
export const pageKinds = {
  modality: {
    collection: 'modalities',
    href: (id) => `${paths.modalities}${id}/`,
    searchType: 'modality',
    embed: (id) => `modalities/${id}`,
    section: 'modalities',
  },
  comparison: {
    collection: 'comparisons',
    href: (id) => `${paths.compare}${id}/`,
    searchType: 'comparison',
    embed: (id) => `compare/${id}`,
    section: 'compare',
  },
  /** A condition people ask massage about, with the evidence for each type: `/conditions/<id>/`. */
  condition: {
    collection: 'conditions',
    href: (id) => `${paths.conditions}${id}/`,
    searchType: 'condition',
    section: 'conditions',
  },
  /** The modality listing filtered to one category: `/modalities/category/<category>/`. */
  modalityCategory: { href: (category) => `${paths.modalities}category/${category}/`, section: 'modalities' },
  guide: { collection: 'guides', href: (id) => `${paths.guides}${id}/`, searchType: 'guide', section: 'guides' },
  /** Standalone pages (about): at the top level. */
  page: { collection: 'pages', href: (id) => `/${id}/` },
  /** There is one quiz, at /quiz/; its file name is not part of the address. */
  quiz: { collection: 'quiz', href: () => paths.quiz, embed: () => 'quiz' },
  /** A result the quiz can give, as a page of its own: `/quiz/result/<outcome>/`. */
  quizResult: { href: (outcome) => `${paths.quiz}result/${outcome}/`, searchType: 'quiz-result', section: 'quiz' },
  /** A glossary term: a heading on the glossary page. */
  term: { collection: 'glossary', href: (id) => `${paths.glossary}#${id}`, searchType: 'glossary' },
  /** A correction: an entry on the corrections page. */
  correction: { collection: 'corrections', href: (id) => `${paths.corrections}#${id}` },
} as const satisfies Record<string, PageKind>;

export type PageKindName = keyof typeof pageKinds;

/** The collections whose entries are pages of their own. */
export const pageCollections = ['modalities', 'comparisons', 'conditions', 'guides', 'pages', 'quiz'] as const;
export type PageCollection = (typeof pageCollections)[number];

/** The kind each such collection's pages are. */
const kindOfCollection: Record<PageCollection, PageKindName> = {
  modalities: 'modality',
  comparisons: 'comparison',
  conditions: 'condition',
  guides: 'guide',
  pages: 'page',
  quiz: 'quiz',
};

/** A page's address on the site from its collection and entry id, e.g. `/compare/nmt-vs-deep-tissue/`. */
export function pageHref(collection: PageCollection, id: string): string {
  return pageKinds[kindOfCollection[collection]].href(id);
}

/**
 * A page's key, `<collection>/<id>` (e.g. `guides/faq`): how corrections and the changes feed
 * name a page, whatever its address.
 */
export const pageKey = (collection: PageCollection, id: string): string => `${collection}/${id}`;

/**
 * The about page (content/pages/about.mdx), or one of its sections that other pages point to:
 * these are its headings' ids, which the link check over the built site keeps honest.
 */
export const aboutSections = [
  'how-we-choose-sources',
  'how-we-review-pages',
  'privacy',
  'corrections',
  'for-readers-outside-the-us',
] as const;
export type AboutSection = (typeof aboutSections)[number];
export const aboutHref = (section?: AboutSection): string => `${pageKinds.page.href('about')}${section ? `#${section}` : ''}`;

/** Splits a key into its collection and id, or `undefined` when it names no kind of page. */
export function parsePageKey(key: string): { collection: PageCollection; id: string } | undefined {
  const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(key);
  const collection = match?.[1] as PageCollection | undefined;
  return match && collection && pageCollections.includes(collection) ? { collection, id: match[2]! } : undefined;
}

/**
 * Embeds. A page id (`quiz`, `compare/<slug>`, `modalities/<slug>`; see `pageKinds[…].embed`)
 * names an embeddable page; its full page, embed and oEmbed addresses follow from it.
 */

/** The full page on our site: `/compare/x/`. */
export const canonicalPath = (page: string): string => `/${page}/`;

/** The chrome-less embed: `/embed/compare/x/`. */
export const embedPath = (page: string): string => `${EMBED_PREFIX}${page}/`;

/** The static oEmbed response: `/oembed/compare/x.json`. */
export const oembedPath = (page: string): string => `/oembed/${page}.json`;

/** The clinics' loader at a version: `1` for the moving copy, `1.2.0` for a frozen one. */
export const loaderPath = (version: string): string => `${EMBED_PREFIX}v${version}/embed.js`;

/** Every embed lives under this prefix (and `_headers` lets only it be framed by other sites). */
export const EMBED_PREFIX = '/embed/';

/**
 * Modules built as files with fixed names, which pages load on demand (see astro.config.mjs).
 * Separate constants rather than one object, so a page's script carries only the one it loads.
 */
export const SEARCH_PANEL_MODULE = '/search/panel.js';
/** WordPress's embed protocol, loaded only inside WordPress. */
export const WORDPRESS_MODULE = `${EMBED_PREFIX}wordpress.js`;

/** Share images (link previews), drawn after the build: `/og/<page path>.png`. */
const SHARE_DIR = '/og/';

/**
 * The share image's path for a page's path: `/` → `/og/index.png`,
 * `/modalities/swedish-massage/` → `/og/modalities/swedish-massage.png`.
 */
export function shareImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`Share image path: "${pathname}" is not a page path`);
  }
  return `${SHARE_DIR}${trimmed || 'index'}.png`;
}

/** Whether a path is one of the share images (so the renderer writes only inside /og/). */
export const isShareImagePath = (path: string): boolean =>
  path.startsWith(SHARE_DIR) && path.endsWith('.png') && !path.includes('..');
