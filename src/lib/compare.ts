/**
 * Derives a side-by-side comparison from two modalities' frontmatter. Nothing in a comparison
 * page is typed by hand: change a number in a modality file and every table and chart that
 * shows it changes on the next build. The wording is an argument (`CompareWords`, a language's
 * `compare` strings), so the same derivation serves every language.
 */
import type { Modality } from '../schemas/modality';
import {
  coverages,
  evidenceLevels,
  settings,
  type Category,
  type Coverage,
  type CourseKind,
  type EvidenceLevel,
  type Setting,
} from '../ids/modality';
import { listWords } from './format';
import { citedIds, stripCitations } from './citations';

/** The modality fields a comparison reads. */
export type ModalityFacts = Pick<
  Modality,
  | 'title'
  | 'shortName'
  | 'category'
  | 'pressure'
  | 'coverage'
  | 'session'
  | 'course'
  | 'setting'
  | 'whatToWear'
  | 'providers'
  | 'evidence'
>;

/** The rows of the comparison table, in display order. */
export const rowKeys = [
  'category',
  'pressure',
  'coverage',
  'session',
  'course',
  'setting',
  'wear',
  'providers',
  'training',
  'evidence',
] as const;
export type RowKey = (typeof rowKeys)[number];

/** The words a comparison is written in: one language's `compare` strings (src/strings). */
export interface CompareWords {
  rows: Readonly<Record<RowKey, string>>;
  categoryLabels: Readonly<Record<Category, string>>;
  settingLabels: Readonly<Record<Setting, string>>;
  coverageLabels: Readonly<Record<Coverage, string>>;
  courseLabels: Readonly<Record<CourseKind, string>>;
  evidenceLabels: Readonly<Record<EvidenceLevel, string>>;
  /** Joins the last of several areas: "one spot or one region". */
  or: string;
  pressureRange: (min: number, max: number) => string;
  minutes: (min: number, max: number) => string;
  credential: (name: string, issuer: string) => string;
  trainingNone: string;
  trainingRequired: string;
  trainingNeeded: (names: string) => string;
  optionalCredentials: (names: string) => string;
}

/** One table cell: a short headline, and an optional detail line that may carry citation markers. */
export interface Cell {
  headline: string;
  detail?: string;
}

/** One table row; `same` is true when both headlines match. */
export interface Row {
  key: RowKey;
  label: string;
  cells: [Cell, Cell];
  same: boolean;
}

/** An inclusive range on a numeric scale. */
export interface Range {
  min: number;
  max: number;
}

/** Data for the charts, on scales shared by both modalities. */
export interface Charts {
  pressure: { scaleMax: 5; bars: [Range, Range] };
  session: { axisMax: number; ticks: number[]; bars: [Range, Range] };
  coverage: { steps: readonly Coverage[]; covered: [Coverage[], Coverage[]] };
  evidence: { steps: readonly EvidenceLevel[]; levels: [EvidenceLevel, EvidenceLevel] };
}

/** The full derived comparison. */
export interface DerivedComparison {
  names: [string, string];
  rows: Row[];
  charts: Charts;
  /** Keys of the rows that differ, in table order. */
  differences: RowKey[];
}

const SESSION_STEP = 30;

function cell(headline: string, detail?: string): Cell {
  return detail ? { headline, detail } : { headline };
}

/** Labels as one phrase, later ones lowercased: "One spot or one region", "Spa, clinic or gym". */
function labelList(labels: readonly string[], or: string): string {
  return listWords(
    labels.map((label, i) => (i ? label.toLowerCase() : label)),
    or,
  );
}

/** One modality's cell for one row: the same wording on its own page and in every comparison. */
export function cellFor(key: RowKey, m: ModalityFacts, t: CompareWords): Cell {
  switch (key) {
    case 'category':
      return cell(t.categoryLabels[m.category]);
    case 'setting':
      return cell(
        labelList(
          sortSettings(m.setting).map((v) => t.settingLabels[v]),
          t.or,
        ),
      );
    case 'wear':
      return cell(m.whatToWear);
    case 'pressure':
      return cell(t.pressureRange(m.pressure.min, m.pressure.max), m.pressure.note);
    case 'coverage':
      return cell(
        labelList(
          sortCoverage(m.coverage).map((c) => t.coverageLabels[c]),
          t.or,
        ),
      );
    case 'session':
      return cell(t.minutes(m.session.min, m.session.max), m.session.note);
    case 'course':
      return cell(t.courseLabels[m.course.kind], m.course.note);
    case 'providers':
      return cell(m.providers.who, m.providers.license);
    case 'training': {
      const named = (optional: boolean) =>
        m.providers.credentials.filter((c) => c.optional === optional).map((c) => t.credential(c.name, c.issuer));
      const [required, optional] = [named(false), named(true)];
      const headline = !m.providers.extraTrainingRequired
        ? t.trainingNone
        : required.length
          ? t.trainingNeeded(required.join('; '))
          : t.trainingRequired;
      return cell(headline, optional.length ? t.optionalCredentials(optional.join('; ')) : undefined);
    }
    case 'evidence':
      return cell(t.evidenceLabels[m.evidence.level], m.evidence.summary);
  }
}

/** Coverage values from narrowest to widest, whatever order the author wrote them in. */
export function sortCoverage(values: readonly Coverage[]): Coverage[] {
  return [...values].sort((x, y) => coverages.indexOf(x) - coverages.indexOf(y));
}

/** Settings in the canonical order (spa, clinic, gym, workplace), whatever order the author wrote them in. */
export function sortSettings(values: readonly Setting[]): Setting[] {
  return [...values].sort((x, y) => settings.indexOf(x) - settings.indexOf(y));
}

/** Compares two modalities: the table rows, the chart data and which rows differ. */
export function compareModalities(a: ModalityFacts, b: ModalityFacts, t: CompareWords): DerivedComparison {
  const rows = rowKeys.map((key): Row => {
    const cells: [Cell, Cell] = [cellFor(key, a, t), cellFor(key, b, t)];
    return { key, label: t.rows[key], cells, same: cells[0].headline === cells[1].headline };
  });
  const axisMax = Math.ceil(Math.max(a.session.max, b.session.max) / SESSION_STEP) * SESSION_STEP;
  return {
    names: [a.shortName, b.shortName],
    rows,
    differences: rows.filter((r) => !r.same).map((r) => r.key),
    charts: {
      pressure: { scaleMax: 5, bars: [range(a.pressure), range(b.pressure)] },
      session: {
        axisMax,
        ticks: Array.from({ length: axisMax / SESSION_STEP + 1 }, (_, i) => i * SESSION_STEP),
        bars: [range(a.session), range(b.session)],
      },
      coverage: { steps: coverages, covered: [sortCoverage(a.coverage), sortCoverage(b.coverage)] },
      evidence: { steps: evidenceLevels, levels: [a.evidence.level, b.evidence.level] },
    },
  };
}

function range(r: Range): Range {
  return { min: r.min, max: r.max };
}

/** Where a value sits on a 0–max axis, as a percentage rounded to 0.1. */
export function percentOf(value: number, max: number): number {
  return Math.round((value / max) * 1000) / 10;
}

/** Every source cited by the table's cells (headlines and details), in reading order. */
export function citedInTable(rows: readonly Row[]): string[] {
  return rows.flatMap((r) => r.cells.flatMap((c) => [...citedIds(c.headline), ...citedIds(c.detail ?? '')]));
}

/** The aspects the all-modalities matrix shows, in column order. */
export const matrixKeys = ['category', 'pressure', 'coverage', 'session', 'setting', 'evidence', 'training'] as const;

/** One modality's row in the matrix: its headline for each aspect, citations removed. */
export interface MatrixRow {
  id: string;
  title: string;
  cells: Record<(typeof matrixKeys)[number], string>;
}

/** Every modality across the key aspects, worded exactly as on its own page and in comparisons. */
export function modalityMatrix(modalities: readonly { id: string; data: ModalityFacts }[], t: CompareWords): MatrixRow[] {
  return modalities.map(({ id, data }) => ({
    id,
    title: data.title,
    cells: Object.fromEntries(
      matrixKeys.map((key) => [key, stripCitations(cellFor(key, data, t).headline)]),
    ) as MatrixRow['cells'],
  }));
}
