/**
 * Cross-entry content checks that zod cannot do alone: references to missing entries, citations
 * of unknown sources (in frontmatter text and as `<Cite>` in MDX bodies), glossary terms that do
 * not exist (`<Term>`), bodies that are not valid MDX, and sources of a kind that is not evidence
 * (a professional body, a vendor, a practitioner…) backing a health claim. Astro only logs a
 * broken reference; the site's data layer throws on any problem found here, so the build fails
 * naming the file and the field (for a body, its line in the file).
 */
import { citedIds, stringsWithPaths } from '../citations';
import type { Ref } from '../../schemas/ref';
import { isEvidenceKind } from '../../ids/source-kinds';
import { pageKey } from '../routes';
import { scanMdxTags, type MdxTag } from './mdx-tags';

/** A content entry as the checks see it. `filePath` is relative to the project root. */
export interface EntryLike<D> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

/** Settings for {@link findContentProblems}. */
export interface CheckOptions {
  /**
   * The file line an entry's body starts on (after the frontmatter), so a problem in the body is
   * reported at its line in the file. Called only for an entry whose body has a problem; without
   * it, lines are counted from the top of the body.
   */
  bodyLineOf?: ((entry: EntryLike<unknown>) => number | undefined) | undefined;
}

interface Reviewed {
  review: { reviewer?: Ref | undefined };
}
interface Sourced extends Reviewed {
  sources: Ref[];
}

/** The shapes the checks read; the real collections carry more fields. */
export interface SiteContent {
  modalities: EntryLike<
    Sourced & { evidence: { sources: Ref[]; conditions?: Record<string, { sources: Ref[] }> | undefined } }
  >[];
  conditions?: EntryLike<Sourced & { warningSigns: string[] }>[];
  comparisons: EntryLike<Sourced & { modalities: [Ref, Ref] }>[];
  pages: EntryLike<Sourced>[];
  quizzes?: EntryLike<
    Sourced & {
      questions: { sources: Ref[] }[];
      redFlags: { id: string; sources: Ref[] }[];
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
const REFERENCE_FIELDS =
  /^(sources|evidence\.sources|evidence\.conditions\.[\w-]+\.sources|modalities|review|warningSigns|(questions|redFlags)\[\d+\]\.sources|phones\.\w+\[\d+\]\.source)(\[|\.|$)/;
/** Copy fields that always make a health claim (a caution, a risk, an evidence summary): their citations must be evidence. */
const HEALTH_CLAIM_FIELDS = /^((cautions|risks)\[\d+\]|evidence\.summary|evidence\.conditions\.[\w-]+\.note|firstLine)$/;
/** The components whose `id` names another entry: a source for `<Cite>`, a glossary term for `<Term>`. */
const CHECKED_TAGS: ReadonlySet<string> = new Set(['Cite', 'Term']);
const TAG_NEEDS: Record<string, string> = { Cite: 'a source', Term: 'a glossary term' };

/**
 * Runs every cross-entry check over the whole site and returns the problems (empty when all is
 * well). Each MDX body is parsed once.
 */
export function findContentProblems(site: SiteContent, options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    modalities: new Set(site.modalities.map((e) => e.id)),
    sources: new Map(site.sources.map((e) => [e.id, e.data.kind])),
    glossary: new Set(site.glossary.map((e) => e.id)),
    reviewers: new Set(site.reviewers.map((e) => e.id)),
    conditions: new Set((site.conditions ?? []).map((e) => e.id)),
    redFlags: new Set((site.quizzes ?? []).flatMap((q) => q.data.redFlags.map((r) => r.id))),
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

  /** `<Cite>` and `<Term>` in an MDX body, reported at their line in the file. */
  const checkBody = (file: string, entry: EntryLike<unknown>, checkCitation: (field: string, id: string) => void) => {
    if (!entry.body) return;
    const scan = scanMdxTags(entry.body, CHECKED_TAGS);
    let firstLine: number | undefined;
    const fieldAt = (line: number) => {
      firstLine ??= options.bodyLineOf?.(entry) ?? 1;
      return `body (line ${firstLine - 1 + line})`;
    };
    if (!scan.ok) {
      problems.push({ file, field: fieldAt(scan.line), message: `is not valid MDX: ${scan.reason}` });
      return;
    }
    for (const tag of scan.tags) {
      const id = checkableId(tag);
      if (typeof id !== 'string') problems.push({ file, field: fieldAt(tag.line), message: id.problem });
      else if (tag.name === 'Cite') checkCitation(fieldAt(tag.line), id);
      else if (!ids.glossary.has(id)) {
        problems.push({ file, field: fieldAt(tag.line), message: `uses term "${id}", which does not exist in content/glossary` });
      }
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
    checkBody(file, entry, checkCitation);
  };

  for (const m of site.modalities) {
    checkPage('modalities', m, (file) => {
      const listed = new Set(m.data.sources.map((s) => s.id));
      /** A grade's source must exist, be listed on the page and be evidence. */
      const checkGradeSource = (field: string, s: Ref) => {
        checkRef(file, field, s, ids.sources);
        if (!ids.sources.has(s.id)) return;
        if (!listed.has(s.id)) problems.push({ file, field, message: `"${s.id}" must also be listed in \`sources\`` });
        checkEvidence(file, field, s.id);
      };
      m.data.evidence.sources.forEach((s, i) => checkGradeSource(`evidence.sources[${i}]`, s));
      for (const [condition, grade] of Object.entries(m.data.evidence.conditions ?? {})) {
        const field = `evidence.conditions.${condition}`;
        if (!ids.conditions.has(condition)) {
          problems.push({ file, field, message: `"${condition}" does not exist in content/conditions` });
        }
        grade.sources.forEach((s, i) => checkGradeSource(`${field}.sources[${i}]`, s));
      }
    });
  }
  for (const c of site.conditions ?? []) {
    checkPage('conditions', c, (file) => {
      c.data.warningSigns.forEach((id, i) => {
        if (!ids.redFlags.has(id)) problems.push({ file, field: `warningSigns[${i}]`, message: `"${id}" is not a red flag in the quiz` });
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
      ...(site.conditions ?? []).map((e) => pageKey('conditions', e.id)),
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

/** A tag's id when it is one plain id, or the problem with how it is written. */
function checkableId(tag: MdxTag): string | { problem: string } {
  const needs = `<${tag.name}> needs an id="…" naming ${TAG_NEEDS[tag.name]}`;
  if (tag.id.kind === 'missing') return { problem: needs };
  if (tag.id.kind === 'expression') return { problem: `${needs}, written as plain text: id={${tag.id.source}} is only known when the page renders` };
  if (/[\s,]/.test(tag.id.value.trim())) return { problem: `<${tag.name}> takes one id, not "${tag.id.value}": write one tag per id` };
  return tag.id.value;
}
