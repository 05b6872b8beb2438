/** Small, pure formatting helpers shared by pages. */

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** A date as readers expect it, e.g. "November 28, 2026" (UTC, so builds never shift a day). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const monthFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * A source's publication date as precisely as it was recorded: "2011", "March 2024" or
 * "March 18, 2024"; `null` when it is `unknown`, so the caller can say "undated" in its own words.
 */
export function formatPublished(published: string): string | null {
  const [year, month, day] = published.split('-').map(Number);
  if (!year) return null;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day ? dateFormat.format(date) : monthFormat.format(date);
}

/** Joins words as "a, b and c" (or "a, b or c"). */
export function listWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
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
