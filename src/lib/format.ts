/**
 * Small, pure formatting helpers shared by pages. They hold no wording: a language's date
 * locale and list words come from src/strings (`site.dateLocale`, `words`).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per locale and shape, in UTC so builds never shift a day. */
function formatter(locale: string, month: 'long', day: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${day}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month, ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** A date as readers expect it in a locale, e.g. "November 28, 2026" for `en-US`. */
export function formatDate(date: Date, locale: string): string {
  return formatter(locale, 'long', true).format(date);
}

/**
 * A source's publication date as precisely as it was recorded: "2011", "March 2024" or
 * "March 18, 2024" (`en-US`); `null` when it is `unknown`, so the caller can say "undated" in its own words.
 */
export function formatPublished(published: string, locale: string): string | null {
  const [year, month, day] = published.split('-').map(Number);
  if (!year) return null;
  if (!month) return String(year);
  return formatter(locale, 'long', day !== undefined).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** Joins words as "a, b and c" with the language's word for "and" (or "or"). */
export function listWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** Ends text with a full stop unless it already has one ("Doe J, et al." stays as it is). */
export function withFullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Fills `{name}` placeholders in an interface string, e.g. "Question {n} of {total}". Strings
 * that the browser fills travel as these templates, so server and browser share one wording.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/**
 * Fills a template around one placeholder that the caller renders as markup (a link, say):
 * returns the text before and after it, e.g. "Call {number} now" → ["Call ", " now"].
 */
export function splitTemplate(
  template: string,
  slot: string,
  values: Readonly<Record<string, string | number>> = {},
): [before: string, after: string] {
  const [before = '', ...rest] = fillTemplate(template, values).split(`{${slot}}`);
  return [before, rest.join(`{${slot}}`)];
}
