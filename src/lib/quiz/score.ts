/**
 * Scores a set of answers. Safety comes first, in a fixed order: emergency → see a clinician →
 * acute injury (wait a few days) → gentle only; only then are the three scores compared, and a
 * small lead gives "either could suit you" rather than an arbitrary pick.
 */
import {
  quizFlags,
  scoredOutcomeIds,
  type Answers,
  type Effects,
  type QuizData,
  type QuizFlag,
  type QuizOutcomeId,
  type ScoredOutcomeId,
} from './model';

/** One answer (or answer pattern) that moved the result, in plain words. */
export interface Reason {
  /** `question.option`, `question#band` (a count band's index) or `combo-N`: the key of its note, if any. */
  key: string;
  /** Completes "Because you said…". */
  because: string;
  effects: Effects;
  flags: readonly QuizFlag[];
}

/** What scoreQuiz returns. */
export interface QuizResult {
  outcome: QuizOutcomeId;
  scores: Record<ScoredOutcomeId, number>;
  /** The top score's lead over the next one. */
  margin: number;
  /** Every safety flag raised, in checking order. */
  flags: QuizFlag[];
  /** The answers that moved the result most, most important first. */
  reasons: Reason[];
  /** Keys of the notes to show with the result (see Reason.key). */
  notes: string[];
}

const MAX_REASONS = 3;
const safetyOutcomes: Partial<Record<QuizFlag, QuizOutcomeId>> = {
  emergency: 'emergency',
  clinician: 'clinician',
  acute: 'acute',
};

/**
 * Keeps only answers the quiz knows: known questions and options, one option for a single-choice
 * question, and an exclusive option ("none of these") only when it stands alone.
 */
export function cleanAnswers(quiz: QuizData, answers: Answers): Record<string, string[]> {
  const clean: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    const given = new Set(answers[q.id] ?? []);
    let chosen = q.options.filter((o) => given.has(o.id));
    if (q.kind === 'single') chosen = chosen.slice(0, 1);
    else if (chosen.length > 1) chosen = chosen.filter((o) => !o.exclusive);
    if (chosen.length) clean[q.id] = chosen.map((o) => o.id);
  }
  return clean;
}

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
      found.push({ key: `${q.id}.${o.id}`, because: o.because, effects, flags: o.flags });
    }
    if (band) found.push({ key: `${q.id}#${bandIndex}`, because: band.because, effects: band.effects, flags: [] });
  }
  quiz.combos.forEach((combo, i) => {
    const given = combo.when.every((answer) => {
      const [qid = '', oid = ''] = answer.split('.');
      return answers[qid]?.includes(oid) ?? false;
    });
    if (given) found.push({ key: `combo-${i}`, because: combo.because, effects: {}, flags: combo.flags });
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

const weight = (effects: Effects, outcome: ScoredOutcomeId) => effects[outcome] ?? 0;

/** How strongly a contribution points to `outcome` rather than its rivals. */
function pull(c: Reason, outcome: ScoredOutcomeId): number {
  const rivals = outcome === 'either' ? (['nmt', 'deep'] as const) : outcome === 'nmt' ? (['deep'] as const) : (['nmt'] as const);
  return weight(c.effects, outcome) - Math.max(...rivals.map((r) => weight(c.effects, r)));
}

/** The answers that moved a scored outcome most; when none pulled its way, the strongest answers given. */
function scoredReasons(found: readonly Reason[], outcome: ScoredOutcomeId): Reason[] {
  const ranked = found
    .map((c, order) => ({ c, order, pull: pull(c, outcome) }))
    .filter((x) => x.pull > 0)
    .sort((x, y) => y.pull - x.pull || x.order - y.order)
    .map((x) => x.c);
  if (ranked.length) return ranked.slice(0, MAX_REASONS);
  const size = (c: Reason) => scoredOutcomeIds.reduce((sum, o) => sum + Math.abs(weight(c.effects, o)), 0);
  return [...found].sort((x, y) => size(y) - size(x)).slice(0, MAX_REASONS);
}

/** Scores answers against the quiz. Deterministic; unknown questions and options are ignored. */
export function scoreQuiz(quiz: QuizData, answers: Answers): QuizResult {
  const found = contributions(quiz, cleanAnswers(quiz, answers));
  const scores = { nmt: 0, deep: 0, either: 0 };
  for (const c of found) for (const o of scoredOutcomeIds) scores[o] += weight(c.effects, o);
  const raised = new Set(found.flatMap((c) => c.flags));
  const flags = quizFlags.filter((f) => raised.has(f));
  const sorted = Object.values(scores).sort((a, b) => b - a);
  const margin = (sorted[0] ?? 0) - (sorted[1] ?? 0);
  const notes = noteKeys(quiz, found);

  for (const flag of flags) {
    const outcome = safetyOutcomes[flag];
    if (outcome) return { outcome, scores, margin, flags, reasons: found.filter((c) => c.flags.includes(flag)), notes };
  }

  let outcome: ScoredOutcomeId = 'either';
  if (scores.either < Math.max(scores.nmt, scores.deep)) {
    if (scores.nmt - scores.deep > quiz.tieMargin) outcome = 'nmt';
    else if (scores.deep - scores.nmt > quiz.tieMargin) outcome = 'deep';
  }
  // Gentle-only answers (with no clinician flag) still allow massage, but only gentle work.
  if (flags.includes('gentle')) outcome = 'either';
  const gentle = found.filter((c) => c.flags.includes('gentle'));
  const reasons = [...gentle, ...scoredReasons(found, outcome).filter((c) => !gentle.includes(c))].slice(0, MAX_REASONS);
  return { outcome, scores, margin, flags, reasons, notes };
}

/** How sure the result is, for the result card. */
export type Certainty = 'safety' | 'clear' | 'slight' | 'even';

/** Grades a result: safety outcomes are rules, not scores; otherwise the lead decides. */
export function certaintyOf(result: QuizResult): Certainty {
  if (!(scoredOutcomeIds as readonly string[]).includes(result.outcome)) return 'safety';
  const { nmt, deep, either } = result.scores;
  if (result.outcome === 'either') return either > Math.max(nmt, deep) + 2 ? 'clear' : 'even';
  return Math.abs(nmt - deep) >= 4 ? 'clear' : 'slight';
}
