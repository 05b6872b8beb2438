/**
 * Condition evidence tables, computed from the modalities' own `evidence.conditions` entries, so
 * a condition page can never disagree with the modality pages. Pure and wording-free: the page
 * labels findings and certainties from src/strings.
 */
import { certainties, evidenceFindings, type Certainty, type EvidenceFinding } from '../ids/modality';
import { citedIds } from './citations';

/** One modality's grade for one condition, as its frontmatter records it (`evidence.conditions`). */
export interface ConditionGrade {
  /** What the research found: helps, may help, unclear or no benefit. */
  finding: EvidenceFinding;
  /** How sure the research is, in GRADE's terms. */
  certainty: Certainty;
  /** What was found, in one or two sentences that may carry citation markers. */
  note: string;
  /** The sources the grade rests on. */
  sources: readonly { id: string }[];
}

/** What the table needs of a modality. */
export interface GradedModality {
  /** The modality's id (its file name). */
  id: string;
  /** Its full name. */
  title: string;
  /** Its short name. */
  shortName: string;
  /** Its position in lists. */
  order: number;
  /** Its grades, keyed by condition id. */
  evidence: { conditions: Readonly<Record<string, ConditionGrade>> };
}

/** One row of a condition's table: a modality with research for the condition. */
export interface ConditionRow {
  /** The modality's id. */
  modalityId: string;
  /** Its full name. */
  title: string;
  /** Its short name. */
  shortName: string;
  /** Its grade for the condition. */
  grade: ConditionGrade;
}

/** A condition's table: graded types, best evidence first, and the types with no studies. */
export interface ConditionTable {
  rows: ConditionRow[];
  /** Modalities with no entry for the condition, in display order ("no studies found"). */
  unstudied: { modalityId: string; title: string; shortName: string }[];
}

const rank = <T extends string>(list: readonly T[], value: T) => list.indexOf(value);

/**
 * The evidence table for one condition across every modality. Rows come best first: by finding
 * (helps → no benefit), then by certainty (high → very low), then in the modalities' own order.
 */
export function conditionTable(conditionId: string, modalities: readonly GradedModality[]): ConditionTable {
  const rows: ConditionRow[] = [];
  const unstudied: ConditionTable['unstudied'] = [];
  const ordered = [...modalities].sort((a, b) => a.order - b.order);
  for (const m of ordered) {
    const grade = m.evidence.conditions[conditionId];
    if (grade) rows.push({ modalityId: m.id, title: m.title, shortName: m.shortName, grade });
    else unstudied.push({ modalityId: m.id, title: m.title, shortName: m.shortName });
  }
  rows.sort(
    (a, b) =>
      rank(evidenceFindings, a.grade.finding) - rank(evidenceFindings, b.grade.finding) ||
      rank(certainties, a.grade.certainty) - rank(certainties, b.grade.certainty),
  );
  return { rows, unstudied };
}

/** The condition ids one modality has research for, in the given condition order. */
export function conditionsGradedFor(modality: GradedModality, conditionOrder: readonly string[]): string[] {
  return conditionOrder.filter((id) => id in modality.evidence.conditions);
}

/**
 * A grade's text as every page shows it: the note, then a marker for each source behind the grade
 * that the note does not cite itself, so a reader can reach every source a grade rests on.
 */
export function gradeText(grade: ConditionGrade): string {
  const cited = new Set(citedIds(grade.note));
  const extra = grade.sources.filter((s) => !cited.has(s.id)).map((s) => `[@${s.id}]`);
  return extra.length ? `${grade.note} ${extra.join(' ')}` : grade.note;
}

/** Source ids the table cites, in reading order (each row's `gradeText`), so the page can number them after its own. */
export function citedInConditionTable(table: ConditionTable): string[] {
  return table.rows.flatMap((row) => citedIds(gradeText(row.grade)));
}
