/**
 * Citation markers in frontmatter text: `Relaxation massage helped as much [@cherkin-2011].`
 * Pure helpers shared by the renderer (RichText) and the build-time content check.
 */

/** A run of plain text, or a citation of one source id. */
export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; id: string };

const MARKER = /\s?\[@([a-z0-9][a-z0-9-]*)\]/g;

/** Splits text into plain runs and citations, in reading order. A space before a marker is dropped. */
export function parseCitations(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'cite', id: match[1] as string });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
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
