/**
 * Finds component tags (`<Cite id="…" />`, `<Term id="…">…</Term>`) in an MDX body by parsing it
 * into an mdast tree, so a tag is counted only where MDX would render it: never inside fenced or
 * inline code, never inside a `{/* JSX comment *\/}`, always inside lists, tables, headings and
 * other components.
 *
 * The body is parsed here, not through the MDX integration's plugins, because Astro 7's MDX runs
 * on Sätteri and ignores remark plugins; micromark's MDX grammar is the reference one.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** How a tag gives its `id` attribute. */
export type TagId =
  /** `id="fascia"`: the id as written. */
  | { kind: 'text'; value: string }
  /** No `id` attribute, or a bare `id` with no value. */
  | { kind: 'missing' }
  /** `id={…}`: computed when the page renders, so it cannot be checked before. */
  | { kind: 'expression'; source: string };

/** One component tag in a body. */
export interface MdxTag {
  /** The component's name, e.g. `Cite`. */
  name: string;
  id: TagId;
  /** The line the tag opens on, counted from 1 at the top of the body. */
  line: number;
}

/** The outcome of scanning one body: its tags in reading order, or why it is not valid MDX. */
export type MdxScan =
  | { ok: true; tags: MdxTag[] }
  | {
      ok: false;
      /** Where the parser stopped, counted from 1 at the top of the body. */
      line: number;
      /** The parser's own explanation (from micromark). */
      reason: string;
    };

const parseOptions = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

/**
 * Scans an MDX body for elements whose name is in `names`. Runs in time linear in the body's
 * length (one micromark pass and one tree walk). Never throws on bad MDX: it reports the line.
 */
export function scanMdxTags(body: string, names: ReadonlySet<string>): MdxScan {
  let tree;
  try {
    tree = fromMarkdown(body, parseOptions);
  } catch (error) {
    return { ok: false, ...whereParsingFailed(error) };
  }
  const tags: MdxTag[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && names.has(node.name)) {
      tags.push({ name: node.name, id: idOf(node), line: node.position?.start.line ?? 1 });
    }
  });
  return { ok: true, tags };
}

/** The `id` attribute of an element. A spread (`{...props}`) may hide one, so it reads as missing. */
function idOf(node: MdxJsxFlowElement | MdxJsxTextElement): TagId {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (attribute?.type !== 'mdxJsxAttribute' || attribute.value == null) return { kind: 'missing' };
  if (typeof attribute.value === 'string') return { kind: 'text', value: attribute.value };
  return { kind: 'expression', source: attribute.value.value };
}

/** micromark throws a VFileMessage carrying `line` and `reason`; anything else is reported as is. */
function whereParsingFailed(error: unknown): { line: number; reason: string } {
  const { line, reason, message } = (error ?? {}) as { line?: unknown; reason?: unknown; message?: unknown };
  return {
    line: typeof line === 'number' && line > 0 ? line : 1,
    reason: typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error),
  };
}

/**
 * The file line a body starts on. The content layer keeps each body trimmed and without its
 * frontmatter, and the body is the end of its file, so its last occurrence in the file is where
 * it starts. Returns undefined if the body is empty or not in the file (the file changed since).
 */
export function bodyStartLine(fileText: string, body: string): number | undefined {
  if (!body) return undefined;
  const at = fileText.lastIndexOf(body);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = fileText.indexOf('\n'); i >= 0 && i < at; i = fileText.indexOf('\n', i + 1)) line++;
  return line;
}
