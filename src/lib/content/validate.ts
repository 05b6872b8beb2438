/**
 * Cross-entry content checks that zod cannot do alone: references to missing entries, citations
 * of unknown sources, glossary terms that do not exist, and sources of a kind that is not
 * evidence (a professional body, a vendor, a practitioner…) backing a health claim. Astro only logs a broken reference; the site's data layer throws on any problem
 * found here, so the build fails naming the file and the field.
 */
import { citedIds, stringsWithPaths } from '../citations';
import type { Ref } from '../../schemas/ref';
import { isEvidenceKind } from '../../schemas/source-kinds';
import { pageKey } from '../routes';

/** A content entry as the checks see it. `filePath` is relative to the project root. */
export interface EntryLike<D> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  /** The file line the body starts on (after the frontmatter), so errors point at the right line. */
  bodyLine?: number | undefined;
  data: D;
}

interface Reviewed {
  review: { reviewer?: Ref | undefined };
}
interface Sourced extends Reviewed {
  sources: Ref[];
}

/** The shapes the checks read; the real collections carry more fields. */
export interface SiteContent {
  modalities: EntryLike<Sourced & { evidence: { sources: Ref[] } }>[];
  comparisons: EntryLike<Sourced & { modalities: [Ref, Ref] }>[];
  pages: EntryLike<Sourced>[];
  quizzes?: EntryLike<
    Sourced & {
      questions: { sources: Ref[] }[];
      redFlags: { sources: Ref[] }[];
      phones: Record<string, { source: Ref }[]>;
    }
  >[];
  guides?: EntryLike<Sourced>[];
  sources: EntryLike<{ kind: string }>[];
  glossary: EntryLike<{ related: Ref[] }>[];
  reviewers: EntryLike<unknown>[];
  corrections?: EntryLike<{ pages: string[] }>[];
}

/** One problem: which file, which field, and what is wrong in plain words. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Thrown by the data layer when any content problem is found; its message lists them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** Lists problems as `file → field: message` lines under a count. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check failed (${count}):\n${lines.join('\n')}`;
}

/** Fields that hold references rather than copy; their strings are not scanned for citations. */
const REFERENCE_FIELDS = /^(sources|evidence\.sources|modalities|review|(questions|redFlags)\[\d+\]\.sources|phones\.\w+\[\d+\]\.source)(\[|\.|$)/;
/** Copy fields that always make a health claim (a caution, a risk, an evidence summary): their citations must be evidence. */
const HEALTH_CLAIM_FIELDS = /^((cautions|risks)\[\d+\]|evidence\.summary)$/;
const CITE_TAG = /<Cite\b([^>]*)>/g;
const TERM_TAG = /<Term\b([^>]*)>/g;
const ID_ATTR = /\bid\s*=\s*(["'])(.*?)\1/;

/** Runs every cross-entry check over the whole site and returns the problems (empty when all is well). */
export function findContentProblems(site: SiteContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    modalities: new Set(site.modalities.map((e) => e.id)),
    sources: new Map(site.sources.map((e) => [e.id, e.data.kind])),
    glossary: new Set(site.glossary.map((e) => e.id)),
    reviewers: new Set(site.reviewers.map((e) => e.id)),
  };
  const fileOf = (collection: string, e: EntryLike<unknown>) => e.filePath ?? `content/${collection}/${e.id}`;

  const checkRef = (file: string, field: string, ref: Ref | undefined, known: { has(id: string): boolean }) => {
    if (ref && !known.has(ref.id)) {
      problems.push({ file, field, message: `"${ref.id}" does not exist in content/${ref.collection}` });
    }
  };

  /** Evidence grades and safety signs are health claims: only evidence kinds may back them. */
  const checkEvidence = (file: string, field: string, id: string) => {
    const kind = ids.sources.get(id);
    if (kind !== undefined && !isEvidenceKind(kind)) {
      problems.push({ file, field, message: `"${id}" is a ${kind} source, which cannot back a health claim` });
    }
  };

  const checkPage = (collection: string, entry: EntryLike<Sourced>, extra?: (file: string) => void) => {
    const file = fileOf(collection, entry);
    entry.data.sources.forEach((s, i) => checkRef(file, `sources[${i}]`, s, ids.sources));
    checkRef(file, 'review.reviewer', entry.data.review.reviewer, ids.reviewers);
    extra?.(file);

    const listed = new Set(entry.data.sources.map((s) => s.id));
    const checkCitation = (field: string, id: string) => {
      if (!ids.sources.has(id)) problems.push({ file, field, message: `cites "${id}", which does not exist in content/sources` });
      else if (!listed.has(id)) problems.push({ file, field, message: `cites "${id}", which is missing from this page's \`sources\` list` });
    };
    for (const { path, text } of stringsWithPaths(entry.data)) {
      if (REFERENCE_FIELDS.test(path)) continue;
      for (const id of citedIds(text)) {
        checkCitation(path, id);
        if (HEALTH_CLAIM_FIELDS.test(path)) checkEvidence(file, path, id);
      }
    }
    const body = { text: entry.body ?? '', firstLine: entry.bodyLine ?? 1 };
    for (const tag of tagsIn(body, CITE_TAG)) {
      if (!tag.id) problems.push({ file, field: tag.field, message: '<Cite> needs an id="…" naming a source' });
      else checkCitation(tag.field, tag.id);
    }
    for (const tag of tagsIn(body, TERM_TAG)) {
      if (!tag.id) problems.push({ file, field: tag.field, message: '<Term> needs an id="…" naming a glossary term' });
      else if (!ids.glossary.has(tag.id)) {
        problems.push({ file, field: tag.field, message: `uses term "${tag.id}", which does not exist in content/glossary` });
      }
    }
  };

  for (const m of site.modalities) {
    checkPage('modalities', m, (file) => {
      const listed = new Set(m.data.sources.map((s) => s.id));
      m.data.evidence.sources.forEach((s, i) => {
        const field = `evidence.sources[${i}]`;
        checkRef(file, field, s, ids.sources);
        if (!ids.sources.has(s.id)) return;
        if (!listed.has(s.id)) problems.push({ file, field, message: `"${s.id}" must also be listed in \`sources\`` });
        checkEvidence(file, field, s.id);
      });
    });
  }
  for (const c of site.comparisons) {
    checkPage('comparisons', c, (file) => c.data.modalities.forEach((m, i) => checkRef(file, `modalities[${i}]`, m, ids.modalities)));
  }
  for (const p of site.pages) checkPage('pages', p);
  for (const g of site.guides ?? []) checkPage('guides', g);
  for (const q of site.quizzes ?? []) {
    checkPage('quiz', q, (file) => {
      const listed = new Set(q.data.sources.map((s) => s.id));
      const checkListed = (field: string, s: Ref) => {
        checkRef(file, field, s, ids.sources);
        if (ids.sources.has(s.id) && !listed.has(s.id)) problems.push({ file, field, message: `"${s.id}" must also be listed in \`sources\`` });
      };
      q.data.questions.forEach((question, qi) =>
        question.sources.forEach((s, si) => checkRef(file, `questions[${qi}].sources[${si}]`, s, ids.sources)),
      );
      q.data.redFlags.forEach((row, ri) =>
        row.sources.forEach((s, si) => {
          const field = `redFlags[${ri}].sources[${si}]`;
          checkListed(field, s);
          checkEvidence(file, field, s.id);
        }),
      );
      for (const [kind, phones] of Object.entries(q.data.phones))
        phones.forEach((phone, pi) => checkListed(`phones.${kind}[${pi}].source`, phone.source));
    });
  }
  const pageKeys = new Set(
    [
      ...site.modalities.map((e) => pageKey('modalities', e.id)),
      ...site.comparisons.map((e) => pageKey('comparisons', e.id)),
      ...site.pages.map((e) => pageKey('pages', e.id)),
      ...(site.guides ?? []).map((e) => pageKey('guides', e.id)),
      ...(site.quizzes ?? []).map((e) => pageKey('quiz', e.id)),
    ],
  );
  for (const c of site.corrections ?? []) {
    c.data.pages.forEach((key, i) => {
      if (!pageKeys.has(key)) problems.push({ file: fileOf('corrections', c), field: `pages[${i}]`, message: `"${key}" is not a page on the site` });
    });
  }
  for (const g of site.glossary) {
    g.data.related.forEach((r, i) => checkRef(fileOf('glossary', g), `related[${i}]`, r, ids.glossary));
  }
  return problems;
}

/**
 * Finds component tags in an MDX body, with the id they name and a `body (line N)` field
 * counted in the file. Fenced code is skipped: a tag shown as an example is not a use.
 */
function tagsIn(body: { text: string; firstLine: number }, pattern: RegExp): Array<{ id: string | undefined; field: string }> {
  const prose = body.text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  return [...prose.matchAll(pattern)].map((m) => ({
    id: ID_ATTR.exec(m[1] ?? '')?.[2],
    field: `body (line ${body.firstLine - 1 + prose.slice(0, m.index).split('\n').length})`,
  }));
}
