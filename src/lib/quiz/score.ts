/**
 * Scores a set of answers. Safety comes first: every answer may raise one row of the routing
 * table, and the highest level raised decides the result (emergency > same day > see a doctor
 * first > wait). Below those, massage can go ahead: the three style scores are compared (a small
 * lead gives "either", never an arbitrary pick), adaptations are attached as cards, and notes
 * are collected. Returns data and ids only; the wording lives in content and strings.
 */
import { highestLevel, isCareLevel, levelIds, styleIds, type LevelId, type OutcomeId, type StyleId } from '../../ids/quiz';
import { answered, cleanAnswers } from './answers';
import type { Answers, Effects, QuizData } from './model';

/** One answer (or answer pattern) that counted, in plain words. */
export interface Reason {
  /** `question.option`, `question#band` (a count band's index) or `combo-N`: the key of its note, if any. */
  key: string;
  /** Completes "Because you said…". */
  because: string;
  effects: Effects;
  /** The routing-table row it raised, if any. */
  flag?: string | undefined;
  /** The style it settles, if any. */
  style?: StyleId | undefined;
}

/** A routing-table row the answers raised, with the first answer that raised it. */
export interface Hit {
  flag: string;
  level: LevelId;
  because: string;
}

/** How sure a style suggestion is, and why; the result's "How sure is this?" line. */
export type Certainty = 'chosen' | 'gentle' | 'clear' | 'slight' | 'even';

/** What scoreQuiz returns. */
export interface QuizResult {
  /** The result to show: a care level, or a style. */
  outcome: OutcomeId;
  /** The highest level raised, if any. */
  level: LevelId | undefined;
  /** The massage style that may suit: the result itself, or "once you've been checked" under a care card. */
  style: StyleId;
  certainty: Certainty;
  scores: Record<StyleId, number>;
  /** Every row raised, once each, highest level first, then in table order. */
  hits: Hit[];
  /** The rows at the deciding care level: the answers a care card names. Empty for a style result. */
  triggers: Hit[];
  /** Adaptation rows raised (massage can go ahead, done differently), in table order. */
  adaptations: string[];
  /** Note-only rows raised, in table order; only beside a massage result (a care card already says who to see). */
  noteFlags: string[];
  /** The answers behind the style, most important first; none repeats another's words. */
  reasons: Reason[];
  /** Keys of the answer notes to show (see Reason.key); each answer has its own key, so none repeats. */
  notes: string[];
}

const MAX_REASONS = 3;

/** Everything the given answers contribute: options (or a count band), then combinations. */
function contributions(quiz: QuizData, answers: Record<string, string[]>): Reason[] {
  const found: Reason[] = [];
  for (const q of quiz.questions) {
    const chosen = q.options.filter((o) => answers[q.id]?.includes(o.id));
    const counted = chosen.filter((o) => !o.exclusive).length;
    const bandIndex = q.countBands.findIndex((b) => counted >= b.min && counted <= b.max);
    const band = q.countBands[bandIndex];
    for (const o of chosen) {
      const effects = band && !o.exclusive ? {} : o.effects;
      found.push({ key: `${q.id}.${o.id}`, because: o.because, effects, flag: o.flag, style: o.style });
    }
    if (band) found.push({ key: `${q.id}#${bandIndex}`, because: band.because, effects: band.effects, flag: band.flag });
  }
  quiz.combos.forEach((combo, i) => {
    if (combo.when.every((answer) => answered(answers, answer)))
      found.push({ key: `combo-${i}`, because: combo.because, effects: {}, flag: combo.flag });
  });
  return found;
}

/** The keys of contributions whose notes should show. */
function noteKeys(quiz: QuizData, found: readonly Reason[]): string[] {
  const hasNote = new Set<string>();
  for (const q of quiz.questions) {
    for (const o of q.options) if (o.note) hasNote.add(`${q.id}.${o.id}`);
    q.countBands.forEach((b, i) => b.note && hasNote.add(`${q.id}#${i}`));
  }
  return found.map((c) => c.key).filter((key) => hasNote.has(key));
}

/** The rows raised, once each, highest level first and in table order within a level. */
function hitsOf(quiz: QuizData, found: readonly Reason[]): Hit[] {
  const hits: Hit[] = [];
  for (const row of quiz.redFlags) {
    const first = found.find((c) => c.flag === row.id);
    if (first) hits.push({ flag: row.id, level: row.level, because: first.because });
  }
  return hits.sort((a, b) => levelIds.indexOf(a.level) - levelIds.indexOf(b.level));
}

const weight = (effects: Effects, style: StyleId) => effects[style] ?? 0;

/** How strongly a contribution points to `style` rather than its rivals. */
function pull(c: Reason, style: StyleId, rivals: readonly StyleId[] = styleIds.filter((s) => s !== style)): number {
  return weight(c.effects, style) - Math.max(...rivals.map((r) => weight(c.effects, r)));
}

/** Contributions that pulled toward a style, strongest first. */
function pulling(found: readonly Reason[], style: StyleId, rivals?: readonly StyleId[]): Reason[] {
  return found
    .map((c, order) => ({ c, order, pull: pull(c, style, rivals) }))
    .filter((x) => x.pull > 0)
    .sort((x, y) => y.pull - x.pull || x.order - y.order)
    .map((x) => x.c);
}

/**
 * The answers behind a style: those that pulled toward it, or, when the style won only on the
 * sum (each answer weighed as much or more toward another style), those that gave it any weight,
 * heaviest first. Empty only when no answer gave the style weight at all.
 */
function behind(found: readonly Reason[], style: StyleId, rivals?: readonly StyleId[]): Reason[] {
  const toward = pulling(found, style, rivals);
  if (toward.length) return toward;
  return found
    .map((c, order) => ({ c, order, weight: weight(c.effects, style) }))
    .filter((x) => x.weight > 0)
    .sort((x, y) => y.weight - x.weight || x.order - y.order)
    .map((x) => x.c);
}

/** Keeps the first of any reasons with the same words, up to the limit. */
function distinct(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => !seen.has(r.because) && seen.add(r.because)).slice(0, MAX_REASONS);
}

/** The style the answers point to, how sure that is, and the answers behind it. */
function styleOf(
  quiz: QuizData,
  found: readonly Reason[],
  scores: Record<StyleId, number>,
  gentle: readonly Reason[],
): { style: StyleId; certainty: Certainty; reasons: Reason[] } {
  // A gentle-only adaptation (blood thinners, pregnancy…) rules out deep or forceful work.
  if (gentle.length) return { style: 'either', certainty: 'gentle', reasons: distinct(gentle) };
  const chosen = found.filter((c) => c.style);
  const settled = chosen[0]?.style;
  if (settled) return { style: settled, certainty: 'chosen', reasons: distinct(chosen) };

  const { nmt, deep, either } = scores;
  const focused = Math.max(nmt, deep);
  // Focused and deep tissue are level, and a general massage trails: show what pointed each way, pick neither.
  if (Math.abs(nmt - deep) <= quiz.tieMargin && either < focused) {
    const each = [behind(found, 'nmt', ['deep'])[0], behind(found, 'deep', ['nmt'])[0]].filter((r): r is Reason => !!r);
    return { style: 'either', certainty: 'even', reasons: distinct(each) };
  }
  // A general massage leads, or ties the leader (the gentler choice wins a tie).
  if (either >= focused) {
    return { style: 'either', certainty: either - focused > 2 ? 'clear' : 'slight', reasons: distinct(behind(found, 'either')) };
  }
  const style: StyleId = nmt > deep ? 'nmt' : 'deep';
  const lead = scores[style] - Math.max(...styleIds.filter((s) => s !== style).map((s) => scores[s]));
  return { style, certainty: lead >= 4 ? 'clear' : 'slight', reasons: distinct(behind(found, style)) };
}

/** Scores answers against the quiz. Deterministic; unknown questions and options are ignored. */
export function scoreQuiz(quiz: QuizData, answers: Answers): QuizResult {
  const found = contributions(quiz, cleanAnswers(quiz, answers));
  const scores: Record<StyleId, number> = { nmt: 0, deep: 0, either: 0 };
  for (const c of found) for (const s of styleIds) scores[s] += weight(c.effects, s);

  const hits = hitsOf(quiz, found);
  const level = highestLevel(hits.map((h) => h.level));
  const gentleRows = new Set(quiz.redFlags.filter((r) => r.gentle).map((r) => r.id));
  const gentle = found.filter((c) => c.flag !== undefined && gentleRows.has(c.flag));
  const { style, certainty, reasons } = styleOf(quiz, found, scores, gentle);
  return {
    outcome: isCareLevel(level) ? level : style,
    level,
    style,
    certainty,
    scores,
    hits,
    triggers: isCareLevel(level) ? hits.filter((h) => h.level === level) : [],
    adaptations: hits.filter((h) => h.level === 'adapted').map((h) => h.flag),
    noteFlags: isCareLevel(level) ? [] : hits.filter((h) => h.level === 'note').map((h) => h.flag),
    reasons,
    notes: noteKeys(quiz, found),
  };
}
