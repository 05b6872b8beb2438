/**
 * Reading a visitor's answers safely: `question.option` lookups, whether a question applies,
 * and cleaning answers from a link or the form down to what the quiz knows.
 */
import type { Answers, QuestionData, QuizData } from './model';

/** Whether an answer `question.option` is among the answers. */
export function answered(answers: Answers, answer: string): boolean {
  const [qid = '', oid = ''] = answer.split('.');
  return answers[qid]?.includes(oid) ?? false;
}

/** Whether a question applies, given the answers so far (see QuestionData.skipIf). */
export function applies(question: QuestionData, answers: Answers): boolean {
  return !question.skipIf.some((answer) => answered(answers, answer));
}

/**
 * Keeps only answers the quiz knows: known questions and options, one option for a single-choice
 * question, an exclusive option ("none of these") only when it stands alone, and nothing for a
 * question that an earlier answer made skip.
 */
export function cleanAnswers(quiz: QuizData, answers: Answers): Record<string, string[]> {
  const clean: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    if (!applies(q, clean)) continue;
    const given = new Set(answers[q.id] ?? []);
    let chosen = q.options.filter((o) => given.has(o.id));
    if (q.kind === 'single') chosen = chosen.slice(0, 1);
    else if (chosen.length > 1) chosen = chosen.filter((o) => !o.exclusive);
    if (chosen.length) clean[q.id] = chosen.map((o) => o.id);
  }
  return clean;
}
