/**
 * Citation markers in frontmatter text: `Relaxation massage helped as much [@cherkin-2011].`
 * Pure helpers shared by the renderer (RichText) and the build-time content check.
 */

/** A run of plain text, a citation of one source id, or an emergency number to show as a phone link. */
export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; id: string } | { kind: 'phone'; number: string };

/** Emergency numbers in copy become `tel:` links wherever they appear. */
const PHONE = /\b(911)\b/g;

/** Splits plain text around emergency numbers. */
function withPhones(text: string): Segment[] {
  return text
    .split(PHONE)
    .map((part, i): Segment => (i % 2 ? { kind: 'phone', number: part } : { kind: 'text', text: part }))
    .filter((s) => s.kind !== 'text' || s.text !== '');
}

const MARKER = /\s?\[@([a-z0-9][a-z0-9-]*)\]/g;

/**
 * Splits text into plain runs, citations and emergency numbers, in reading order. A space
 * before a citation marker is dropped.
 */
export function parseCitations(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    if (start > last) segments.push(...withPhones(text.slice(last, start)));
    segments.push({ kind: 'cite', id: match[1] as string });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push(...withPhones(text.slice(last)));
  return segments;
}

/** The source ids cited in text, in order of appearance (repeats kept). */
export function citedIds(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1] as string);
}

/** The text without its citation markers, for places that cannot show links (meta tags, titles). */
export function stripCitations(text: string): string {
  return text.replace(MARKER, '');
}

/**
 * Numbers a page's sources from 1 in the given order, keeping the first place of any repeat.
 * The page's reference list and every citation on it use these numbers.
 */
export function numberSources(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** Every string inside a value (objects and arrays walked), with its field path such as `faqs[2].answer`. */
export function stringsWithPaths(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsWithPaths(item, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsWithPaths(item, path ? `${path}.${key}` : key));
  }
  return [];
}
