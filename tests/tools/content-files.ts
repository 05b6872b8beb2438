/**
 * Reads the content pages straight from content/ for the command-line tools (which run outside
 * Astro, so without its content layer): each page's collection, id, file, frontmatter and body.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const root = new URL('../../', import.meta.url).pathname;

/** One content page as the tools see it. */
export interface ContentFile {
  collection: 'modalities' | 'comparisons' | 'guides' | 'pages' | 'quiz';
  id: string;
  /** Relative to the project root, e.g. `content/guides/faq.mdx`. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into its frontmatter data and body. */
function readMdx(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1] ?? '') ?? {}, body: match[2] ?? '' } : { data: {}, body: text };
}

const listFiles = (folder: string, ext: string) => {
  try {
    return readdirSync(join(root, 'content', folder)).filter((f) => f.endsWith(ext));
  } catch {
    return [];
  }
};

/** Every MDX page and every quiz file, in a stable order. */
export function readContentPages(): ContentFile[] {
  const pages: ContentFile[] = [];
  for (const collection of ['modalities', 'comparisons', 'guides', 'pages'] as const) {
    for (const name of listFiles(collection, '.mdx')) {
      const path = join(root, 'content', collection, name);
      pages.push({ collection, id: name.replace(/\.mdx$/, ''), file: relative(root, path), ...readMdx(path) });
    }
  }
  for (const name of listFiles('quiz', '.yaml')) {
    const path = join(root, 'content', 'quiz', name);
    const data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    pages.push({ collection: 'quiz', id: name.replace(/\.yaml$/, ''), file: relative(root, path), data, body: '' });
  }
  return pages;
}
