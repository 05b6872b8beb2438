/**
 * The clinic options an embed reads from its URL: one schema, used by the embed pages, the
 * loader's custom element and the For clinics page. Every value is checked; anything invalid
 * falls back to its default, silently. Values are only ever used as text or as attribute values
 * set through the DOM, never as HTML, CSS or script.
 */
import { contrastRatio } from './contrast';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof THEMES)[number];
/** Light unless the clinic asks: most clinic sites are light, whatever the visitor's device. */
export const DEFAULT_THEME: EmbedTheme = 'light';

/** A comparison or modality embed shows its summary unless the clinic opts into the full article. */
export const VIEWS = ['summary', 'full'] as const;
export type EmbedView = (typeof VIEWS)[number];

/** Limits, in characters. */
export const CLINIC_MAX = 60;
export const CTA_LABEL_MAX = 40;
const URL_MAX = 2000;

/** Text on the clinic's accent (the booking button) is white; it must reach WCAG AA. */
export const ACCENT_TEXT = '#ffffff';
export const ACCENT_MIN_CONTRAST = 4.5;

export interface EmbedParams {
  /** The clinic's name, shown as text. */
  clinic?: string;
  /** The booking link: an absolute https: URL. */
  cta?: string;
  /** The booking button's label. */
  ctaLabel?: string;
  theme: EmbedTheme;
  /** `#rrggbb` (lower case), only when white text on it reaches 4.5:1. */
  accent?: string;
  /**
   * The host opted in to step and outcome ids in resize messages, and to a `bodywork-embed:cta`
   * event when the booking button is clicked.
   */
  events: boolean;
  /** Comparison and modality embeds: the summary (default) or the whole article. */
  view: EmbedView;
  /**
   * The For clinics page's preview only: the quiz opens on a sample result, labelled as one, so
   * the clinic sees its bar and button at once. Snippets never write it.
   */
  preview: boolean;
}

/** Options as a form or custom element gives them: any may be missing or not yet checked. */
export type EmbedOptions = { [K in keyof EmbedParams]?: EmbedParams[K] | undefined };

/** The URL parameter names, in the order snippets write them. */
export const PARAM_NAMES = {
  clinic: 'clinic',
  cta: 'cta',
  ctaLabel: 'cta_label',
  theme: 'theme',
  accent: 'accent',
  events: 'events',
  view: 'view',
  preview: 'preview',
} as const;

/** The custom element's attribute for each URL parameter (`<bodywork-embed cta-label="…">`). */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, string>> = {
  clinic: 'clinic',
  cta: 'cta',
  cta_label: 'cta-label',
  theme: 'theme',
  accent: 'accent',
  events: 'events',
  view: 'view',
  preview: 'preview',
};

/** Boolean attributes: present means on, except the words `false`, `0` and `off`. */
export function booleanAttribute(value: string | null): boolean {
  return value !== null && !['false', '0', 'off'].includes(value.trim().toLowerCase());
}

// Control characters, invisible characters, and direction marks and overrides that could disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Trimmed, single-spaced text of at most `max` characters, or undefined. */
export function cleanText(value: string | null | undefined, max: number): string | undefined {
  if (typeof value !== 'string' || UNSAFE_CHARS.test(value)) return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  return text && [...text].length <= max ? text : undefined;
}

/** An absolute `https:` URL without credentials, normalised; otherwise undefined. */
export function cleanHttpsUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > URL_MAX || UNSAFE_CHARS.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const labels = url.hostname.split('.');
  if (url.protocol !== 'https:' || url.username || url.password || labels.length < 2 || labels.some((l) => !l)) return undefined;
  // Checked again once normalised: percent-encoding can make a short link long.
  return url.href.length <= URL_MAX ? url.href : undefined;
}

export function cleanTheme(value: string | null | undefined): EmbedTheme {
  return THEMES.find((theme) => theme === value) ?? DEFAULT_THEME;
}

export function cleanView(value: string | null | undefined): EmbedView {
  return value === 'full' ? 'full' : 'summary';
}

/** Why an accent colour is not used, or undefined when it is fine. */
export function accentProblem(value: string | null | undefined): 'format' | 'contrast' | undefined {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return 'format';
  return contrastRatio(value, ACCENT_TEXT) >= ACCENT_MIN_CONTRAST ? undefined : 'contrast';
}

export function cleanAccent(value: string | null | undefined): string | undefined {
  return accentProblem(value) ? undefined : (value as string).toLowerCase();
}

/** Reads the clinic options from a query string (`?clinic=…`) or URLSearchParams. Never throws. */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  let query: URLSearchParams;
  try {
    query = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    query = new URLSearchParams();
  }
  const get = (name: string) => query.get(name);
  const params: EmbedParams = {
    theme: cleanTheme(get(PARAM_NAMES.theme)),
    events: get(PARAM_NAMES.events) === '1',
    view: cleanView(get(PARAM_NAMES.view)),
    preview: get(PARAM_NAMES.preview) === 'result',
  };
  const clinic = cleanText(get(PARAM_NAMES.clinic), CLINIC_MAX);
  const cta = cleanHttpsUrl(get(PARAM_NAMES.cta));
  const ctaLabel = cleanText(get(PARAM_NAMES.ctaLabel), CTA_LABEL_MAX);
  const accent = cleanAccent(get(PARAM_NAMES.accent));
  if (clinic) params.clinic = clinic;
  if (cta) params.cta = cta;
  if (cta && ctaLabel) params.ctaLabel = ctaLabel;
  if (accent) params.accent = accent;
  return params;
}

/** The query string for a set of options (only the ones that differ from the defaults). */
export function embedQuery(params: EmbedOptions): string {
  const clean = parseEmbedParams(
    new URLSearchParams(
      Object.entries({
        [PARAM_NAMES.clinic]: params.clinic,
        [PARAM_NAMES.cta]: params.cta,
        [PARAM_NAMES.ctaLabel]: params.ctaLabel,
        [PARAM_NAMES.theme]: params.theme,
        [PARAM_NAMES.accent]: params.accent,
        [PARAM_NAMES.events]: params.events ? '1' : undefined,
        [PARAM_NAMES.view]: params.view,
        [PARAM_NAMES.preview]: params.preview ? 'result' : undefined,
      }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
  );
  const out = new URLSearchParams();
  if (clean.clinic) out.set(PARAM_NAMES.clinic, clean.clinic);
  if (clean.cta) out.set(PARAM_NAMES.cta, clean.cta);
  if (clean.ctaLabel) out.set(PARAM_NAMES.ctaLabel, clean.ctaLabel);
  if (clean.theme !== DEFAULT_THEME) out.set(PARAM_NAMES.theme, clean.theme);
  if (clean.accent) out.set(PARAM_NAMES.accent, clean.accent);
  if (clean.events) out.set(PARAM_NAMES.events, '1');
  if (clean.view !== 'summary') out.set(PARAM_NAMES.view, clean.view);
  if (clean.preview) out.set(PARAM_NAMES.preview, 'result');
  const query = out.toString();
  return query ? `?${query}` : '';
}

/** The host name a booking link goes to, shown on the button so visitors see where it leads. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * What an embed page's pre-paint script sets on <html> from its URL: `data-theme` (`light`
 * unless `theme=dark`, or empty for `theme=auto`, which follows the device) and `data-view`.
 * Self-contained: it is inlined into the page with Function#toString.
 */
export function embedRootState(search: string): { theme: string; view: string } {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return {
    theme: theme === 'dark' ? 'dark' : theme === 'auto' ? '' : 'light',
    view: query.get('view') === 'full' ? 'full' : 'summary',
  };
}
