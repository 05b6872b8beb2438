/**
 * Server-side views of the quiz: the scoring data the browser needs (no copy), the routing
 * table grouped by level, and the numbered sources of one result page.
 */
import type { Quiz, QuizRedFlag } from '../schemas/quiz';
import type { Effects, QuizData } from '../lib/quiz/model';
import { isStyleId, type LevelId, type ResultPageId } from '../ids/quiz';
import { citedIds, numberSources, stringsWithPaths } from '../lib/citations';

/**
 * What the browser needs to score answers and walk the questions: ids, weights, rows and
 * skips, plus each answer's "because" words. Labels and notes stay in the HTML; a note is
 * marked here just by being present.
 */
export function clientQuizData(quiz: Quiz): QuizData {
  return {
    version: quiz.version,
    tieMargin: quiz.tieMargin,
    combos: quiz.combos,
    redFlags: quiz.redFlags.map((r) => ({ id: r.id, level: r.level, gentle: r.gentle })),
    questions: quiz.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      skipIf: q.skipIf,
      options: q.options.map((o) => ({
        id: o.id,
        exclusive: o.exclusive,
        ...scoring(o),
        ...(o.style ? { style: o.style } : {}),
      })),
      countBands: q.countBands.map((b) => ({ min: b.min, max: b.max, ...scoring(b) })),
    })),
  };
}

/** What scoring reads of an answer or a count band: its words, weights, row, and whether it has a note. */
function scoring(x: { because: string; effects: Effects; flag?: string | undefined; note?: string | undefined }) {
  return { because: x.because, effects: x.effects, ...(x.flag ? { flag: x.flag } : {}), ...(x.note ? { note: '1' } : {}) };
}

/** The routing-table rows at some levels, in table order. */
export function rowsAt(quiz: Quiz, ...levels: LevelId[]): QuizRedFlag[] {
  return quiz.redFlags.filter((r) => levels.includes(r.level));
}

/**
 * The sources a result page cites, numbered in order of appearance: its own copy, the rows
 * that lead to it, the therapist advice (massage results) and the numbers for readers abroad.
 */
export function resultCitations(quiz: Quiz, page: ResultPageId): Map<string, number> {
  const copy = isStyleId(page)
    ? [quiz.outcomes[page], quiz.therapist]
    : [quiz.levels[page], ...rowsAt(quiz, page).map((r) => ({ why: r.why, advice: r.advice }))];
  const texts = stringsWithPaths(copy).flatMap((s) => citedIds(s.text));
  const phones = [...quiz.phones.emergency, ...quiz.phones.urgent].map((p) => p.source.id);
  return numberSources([...texts, ...phones]);
}

/** The sources the therapist sheet can cite (its advice and every adaptation card), numbered in order of appearance. */
export function sheetCitations(quiz: Quiz): Map<string, number> {
  return numberSources(stringsWithPaths([quiz.therapist, rowsAt(quiz, 'adapted')]).flatMap((s) => citedIds(s.text)));
}

/** The headline copy of a result page: a style's outcome, or a level's card. */
export function resultCopy(quiz: Quiz, page: ResultPageId): { title: string; summary: string; forWhom: string } {
  return isStyleId(page) ? quiz.outcomes[page] : quiz.levels[page];
}
