/**
 * Server-only collection queries. Every page reads content through here, so the whole site is
 * checked (findContentProblems) before any page renders, and a problem fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { ContentError, findContentProblems, type EntryLike } from '../lib/content/validate';
import { bodyStartLine } from '../lib/content/mdx-tags';
import { citedInTable, compareModalities, type DerivedComparison } from '../lib/compare';
import { citedIds, numberSources } from '../lib/citations';
import {
  citedInConditionTable,
  conditionTable,
  conditionsGradedFor,
  type ConditionTable,
  type GradedModality,
} from '../lib/conditions';
import { pageHref, pageKey, type PageCollection } from '../lib/routes';
import { nextReviewOf } from '../lib/content/review-cycle';
import type { PageRecord } from '../lib/changes';
import { stringsFor } from '../strings';

export type ModalityEntry = CollectionEntry<'modalities'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;
/** A condition page's entry (content/conditions). */
export type ConditionEntry = CollectionEntry<'conditions'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type PageEntry = CollectionEntry<'pages'>;
export type QuizEntry = CollectionEntry<'quiz'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type CorrectionEntry = CollectionEntry<'corrections'>;

interface Site {
  modalities: ModalityEntry[];
  comparisons: ComparisonEntry[];
  conditions: ConditionEntry[];
  pages: PageEntry[];
  sources: SourceEntry[];
  glossary: GlossaryEntry[];
  reviewers: CollectionEntry<'reviewers'>[];
  quizzes: QuizEntry[];
  guides: GuideEntry[];
  corrections: CorrectionEntry[];
}

let loaded: Promise<Site> | undefined;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function load(): Promise<Site> {
  const [modalities, comparisons, conditions, pages, sources, glossary, reviewers, quizzes, guides, corrections] =
    await Promise.all([
      getCollection('modalities'),
      getCollection('comparisons'),
      getCollection('conditions'),
      getCollection('pages'),
      getCollection('sources'),
      getCollection('glossary'),
      getCollection('reviewers'),
      getCollection('quiz'),
      getCollection('guides'),
      getCollection('corrections'),
    ]);
  const site = { modalities, comparisons, conditions, pages, sources, glossary, reviewers, quizzes, guides, corrections };
  const problems = findContentProblems(site, { bodyLineOf });
  if (problems.length) throw new ContentError(problems);
  modalities.sort(byOrder);
  comparisons.sort(byOrder);
  conditions.sort(byOrder);
  guides.sort(byOrder);
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));
  corrections.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  return site;
}

/**
 * The file line an MDX body starts on. The content layer stores the body without its frontmatter
 * and records no offset, so only the file can tell; it is read only to report a problem.
 */
export function bodyLineOf(entry: EntryLike<unknown>): number | undefined {
  if (!entry.filePath || !entry.body) return undefined;
  return bodyStartLine(readFileSync(entry.filePath, 'utf8'), entry.body);
}

/** All content, checked once per build. Throws ContentError listing every problem. */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

/** Modalities in display order. */
export async function getModalities(): Promise<ModalityEntry[]> {
  return (await getSite()).modalities;
}

/** Comparisons in display order. */
export async function getComparisons(): Promise<ComparisonEntry[]> {
  return (await getSite()).comparisons;
}

/** Conditions in display order. */
export async function getConditions(): Promise<ConditionEntry[]> {
  return (await getSite()).conditions;
}

/** The conditions a modality has research for, in the conditions' display order. */
export async function getConditionsOf(modality: ModalityEntry): Promise<ConditionEntry[]> {
  const conditions = await getConditions();
  const withResearch = new Set(
    conditionsGradedFor(
      asGraded(modality),
      conditions.map((c) => c.id),
    ),
  );
  return conditions.filter((c) => withResearch.has(c.id));
}

/** What the evidence table needs of a modality. */
const asGraded = (m: ModalityEntry): GradedModality => ({
  id: m.id,
  title: m.data.title,
  shortName: m.data.shortName,
  order: m.data.order,
  evidence: m.data.evidence,
});

/** A condition page's data: its evidence table, computed from every modality, and its numbered sources. */
export interface ConditionView {
  entry: ConditionEntry;
  table: ConditionTable;
  /** The page's numbered sources: its own, then any the table's grades rest on. */
  citations: Map<string, number>;
}

/** Computes a condition page's evidence table from the modalities' grades. */
export async function getConditionView(entry: ConditionEntry): Promise<ConditionView> {
  const table = conditionTable(entry.id, (await getModalities()).map(asGraded));
  return {
    entry,
    table,
    citations: numberSources([...entry.data.sources.map((s) => s.id), ...citedInConditionTable(table)]),
  };
}

/** The comparisons that include a modality, in display order. */
export async function getComparisonsOf(modalityId: string): Promise<ComparisonEntry[]> {
  return (await getIndexes()).comparisonsByModality.get(modalityId) ?? [];
}

/** Glossary terms, alphabetical. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getSite()).glossary;
}

/** Each modality's comparisons, keeping the comparisons' order. */
function comparisonsByModality(comparisons: ComparisonEntry[]): Map<string, ComparisonEntry[]> {
  const byModality = new Map<string, ComparisonEntry[]>();
  for (const c of comparisons) {
    for (const m of new Set(c.data.modalities.map((r) => r.id))) {
      const list = byModality.get(m);
      if (list) list.push(c);
      else byModality.set(m, [c]);
    }
  }
  return byModality;
}

interface Indexes {
  sourceById: Map<string, SourceEntry>;
  termById: Map<string, GlossaryEntry>;
  modalityById: Map<string, ModalityEntry>;
  comparisonsByModality: Map<string, ComparisonEntry[]>;
}
let indexes: Promise<Indexes> | undefined;

/**
 * Lookups by id, built once per build: every page asks for them, and building them per page
 * made the build's cost grow with pages × entries.
 */
function getIndexes(): Promise<Indexes> {
  indexes ??= getSite().then((site) => ({
    sourceById: new Map(site.sources.map((s) => [s.id, s])),
    termById: new Map(site.glossary.map((g) => [g.id, g])),
    modalityById: new Map(site.modalities.map((m) => [m.id, m])),
    comparisonsByModality: comparisonsByModality(site.comparisons),
  }));
  return indexes;
}

/** Every source by id (shared: do not change it). */
export async function getSourceMap(): Promise<ReadonlyMap<string, SourceEntry>> {
  return (await getIndexes()).sourceById;
}

/** Every glossary term by id (shared: do not change it). */
export async function getTermMap(): Promise<ReadonlyMap<string, GlossaryEntry>> {
  return (await getIndexes()).termById;
}

/** A comparison with both modalities resolved and its table and charts derived. */
export interface ComparisonView {
  entry: ComparisonEntry;
  pair: [ModalityEntry, ModalityEntry];
  derived: DerivedComparison;
  /** The page's numbered sources: its own, then any cited by the modality facts it shows. */
  citations: Map<string, number>;
}

/** Resolves a comparison's modalities and derives everything its page shows. */
export async function getComparisonView(entry: ComparisonEntry, locale?: string): Promise<ComparisonView> {
  const { modalityById } = await getIndexes();
  const find = (id: string) => modalityById.get(id) as ModalityEntry; // checked in load()
  const pair: [ModalityEntry, ModalityEntry] = [find(entry.data.modalities[0].id), find(entry.data.modalities[1].id)];
  const derived = compareModalities(pair[0].data, pair[1].data, stringsFor(locale).compare);
  const suitCitations = pair.flatMap((m) => [...m.data.bestFor, ...m.data.notFor].flatMap(citedIds));
  return {
    entry,
    pair,
    derived,
    citations: numberSources([...entry.data.sources.map((s) => s.id), ...citedInTable(derived.rows), ...suitCitations]),
  };
}

/** Where a page lives on the site. */
export interface PageLink {
  title: string;
  href: string;
}

/** For each source id, the pages that cite it (for the sources page's back-links). */
export async function getCitingPages(): Promise<Map<string, PageLink[]>> {
  const { modalities, comparisons, conditions, pages, guides } = await getSite();
  const citing = new Map<string, PageLink[]>();
  // Appends in place: copying each list on every add made this quadratic in the pages citing a source.
  const add = (ids: Iterable<string>, link: PageLink) => {
    for (const id of new Set(ids)) {
      const links = citing.get(id);
      if (links) links.push(link);
      else citing.set(id, [link]);
    }
  };
  for (const m of modalities)
    add(
      m.data.sources.map((s) => s.id),
      { title: m.data.title, href: pageHref('modalities', m.id) },
    );
  for (const c of comparisons) {
    const view = await getComparisonView(c);
    add(view.citations.keys(), { title: c.data.title, href: pageHref('comparisons', c.id) });
  }
  for (const c of conditions) {
    const view = await getConditionView(c);
    add(view.citations.keys(), { title: c.data.title, href: pageHref('conditions', c.id) });
  }
  for (const p of pages)
    add(
      p.data.sources.map((s) => s.id),
      { title: p.data.title, href: pageHref('pages', p.id) },
    );
  for (const g of guides)
    add(
      g.data.sources.map((s) => s.id),
      { title: g.data.title, href: pageHref('guides', g.id) },
    );
  return citing;
}

/** Every page with its key, address and review dates: for corrections, the changes feed and reports. */
export async function getPageRecords(): Promise<PageRecord[]> {
  const { modalities, comparisons, conditions, guides, pages, quizzes } = await getSite();
  type Entry = {
    id: string;
    data: { title: string; summary: string; review: { published: Date; lastReviewed: Date; nextReview?: Date | undefined } };
  };
  const record =
    (collection: PageCollection) =>
    (e: Entry): PageRecord => ({
      key: pageKey(collection, e.id),
      title: e.data.title,
      href: pageHref(collection, e.id),
      summary: e.data.summary,
      published: e.data.review.published,
      lastReviewed: e.data.review.lastReviewed,
      nextReview: nextReviewOf(e.data.review),
    });
  return [
    ...modalities.map(record('modalities')),
    ...comparisons.map(record('comparisons')),
    ...conditions.map(record('conditions')),
    ...guides.map(record('guides')),
    ...pages.map(record('pages')),
    ...quizzes.map(record('quiz')),
  ];
}

/** Every correction, newest first. */
export async function getCorrections(): Promise<CorrectionEntry[]> {
  return (await getSite()).corrections;
}

/** The corrections that changed one page (named by its key, e.g. `guides/faq`), newest first. */
export async function getCorrectionsFor(key: string): Promise<CorrectionEntry[]> {
  return (await getCorrections()).filter((c) => c.data.pages.includes(key));
}

/** The reviewer who reviewed a page, only when its status says it was reviewed. */
export async function getReviewer(review: { status: string; reviewer?: { id: string } | undefined }) {
  if (review.status !== 'reviewed' || !review.reviewer) return undefined;
  const { reviewers } = await getSite();
  return reviewers.find((r) => r.id === review.reviewer?.id);
}

/** The quiz ("which treatment may suit you?"); throws if content/quiz has none. */
export async function getQuiz(): Promise<QuizEntry> {
  const [quiz] = (await getSite()).quizzes;
  if (!quiz) throw new Error('content/quiz has no quiz file');
  return quiz;
}

/** The quiz's numbered sources: those its copy cites, then those behind its questions. */
export function quizCitations(quiz: QuizEntry): Map<string, number> {
  return numberSources([...quiz.data.sources, ...quiz.data.questions.flatMap((q) => q.sources)].map((s) => s.id));
}

/** Static paths for a comparison route: its page and its embed (/compare/x/, /embed/compare/x/). */
export async function comparisonPaths() {
  return (await getComparisons()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** Static paths for a modality route: its page and its embed. */
export async function modalityPaths() {
  return (await getModalities()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** Static paths for a condition route. */
export async function conditionPaths() {
  return (await getConditions()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
