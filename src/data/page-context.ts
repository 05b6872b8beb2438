/**
 * The per-page context that MDX components (Cite, Term) need: which file is rendering, how its
 * sources are numbered, and the source and term lookups. Pages set it on `Astro.locals` before
 * rendering their content, so authors can write `<Cite id="…" />` with no props to thread.
 */
import { getSourceMap, getTermMap, type GlossaryEntry, type SourceEntry } from './content';

export interface PageContext {
  /** The content file being rendered, for error messages. */
  file: string;
  /** Source id → its number on this page. */
  citations: Map<string, number>;
  sources: ReadonlyMap<string, SourceEntry>;
  terms: ReadonlyMap<string, GlossaryEntry>;
  /** How many Term tooltips this page has rendered, for unique ids. */
  termCount: number;
}

/** Builds the context for one page. */
export async function createPageContext(file: string, citations: Map<string, number>): Promise<PageContext> {
  const [sources, terms] = await Promise.all([getSourceMap(), getTermMap()]);
  return { file, citations, sources, terms, termCount: 0 };
}

/** The current page's context, or a clear error if a component is used outside a content page. */
export function requirePageContext(locals: App.Locals, component: string): PageContext {
  if (!locals.page) throw new Error(`<${component}> can only be used inside a content page (an MDX file in content/)`);
  return locals.page;
}

/** The number of a cited source on this page; throws naming the file if it is not in the page's sources. */
export function citationNumber(ctx: PageContext, id: string): number {
  const n = ctx.citations.get(id);
  if (n === undefined) throw new Error(`${ctx.file}: cites "${id}", which is not in this page's \`sources\` list`);
  return n;
}
