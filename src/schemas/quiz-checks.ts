import type { z } from 'astro/zod';
import { bodyRegions } from '../ids/quiz';

/** The parts of a parsed quiz that the cross-checks read. */
interface Checked {
  questions: {
    id: string;
    kind: 'single' | 'multiple';
    bodyMap: boolean;
    countBands: { flag?: string | undefined }[];
    skipIf: string[];
    options: { id: string; exclusive: boolean; flag?: string | undefined }[];
  }[];
  combos: { when: string[]; flag: string }[];
  redFlags: { id: string }[];
  sample: Record<string, string[]>;
}

type Path = (string | number)[];

/**
 * Checks across the quiz file that one field's schema cannot see: unique ids, options that fit
 * their question, answers and routing-table rows that exist, skips that look back, and no
 * routing-table row that no answer can reach. Every problem names its path.
 */
export function checkQuiz(quiz: Checked, ctx: z.RefinementCtx): void {
  const add = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const rows = new Set<string>();
  quiz.redFlags.forEach((row, i) => {
    if (rows.has(row.id)) add(['redFlags', i, 'id'], `duplicate routing-table row "${row.id}"`);
    rows.add(row.id);
  });
  const reached = new Set<string>();
  const flagged = (flag: string | undefined, path: Path) => {
    if (flag === undefined) return;
    reached.add(flag);
    if (!rows.has(flag)) add(path, `"${flag}" is not a row of redFlags`);
  };
  const optionOf = (answer: string, before: number) => {
    const [qid, oid] = answer.split('.');
    const at = quiz.questions.findIndex((q) => q.id === qid);
    return at >= 0 && at < before && quiz.questions[at]?.options.some((o) => o.id === oid);
  };

  const questionIds = new Set<string>();
  quiz.questions.forEach((q, qi) => {
    const at: Path = ['questions', qi];
    if (questionIds.has(q.id)) add([...at, 'id'], `duplicate question id "${q.id}"`);
    questionIds.add(q.id);
    const optionIds = new Set<string>();
    q.options.forEach((o, oi) => {
      const path: Path = [...at, 'options', oi];
      if (optionIds.has(o.id)) add([...path, 'id'], `duplicate option id "${o.id}" in question "${q.id}"`);
      optionIds.add(o.id);
      if (o.exclusive && q.kind !== 'multiple') add([...path, 'exclusive'], 'only multiple-choice options can be exclusive');
      if (q.bodyMap && !o.exclusive && !(bodyRegions as readonly string[]).includes(o.id))
        add([...path, 'id'], `a body-map option must be one of ${bodyRegions.join(', ')}`);
      flagged(o.flag, [...path, 'flag']);
    });
    if (q.countBands.length && q.kind !== 'multiple')
      add([...at, 'countBands'], 'only multiple-choice questions can be scored by count');
    q.countBands.forEach((b, bi) => flagged(b.flag, [...at, 'countBands', bi, 'flag']));
    if (q.kind === 'multiple' && q.options.length > 30) add([...at, 'options'], 'at most 30 options');
    q.skipIf.forEach((answer, si) => {
      if (!optionOf(answer, qi)) add([...at, 'skipIf', si], `"${answer}" names no option of an earlier question`);
    });
  });
  quiz.combos.forEach((combo, ci) => {
    combo.when.forEach((answer, ai) => {
      if (!optionOf(answer, quiz.questions.length)) add(['combos', ci, 'when', ai], `"${answer}" names no option of the quiz`);
    });
    flagged(combo.flag, ['combos', ci, 'flag']);
  });
  quiz.redFlags.forEach((row, i) => {
    if (!reached.has(row.id)) add(['redFlags', i, 'id'], `no answer raises "${row.id}": add it to an option, a band or a combo`);
  });
  // The sample's ids exist and raise no row; that it ends on a massage result is a unit test.
  for (const [qid, options] of Object.entries(quiz.sample)) {
    const q = quiz.questions.find((x) => x.id === qid);
    if (!q) add(['sample', qid], `"${qid}" is not a question`);
    for (const oid of options) {
      const option = q?.options.find((o) => o.id === oid);
      if (q && !option) add(['sample', qid], `"${oid}" is not an option of "${qid}"`);
      if (option?.flag) add(['sample', qid], `the sample must raise no safety row, but "${qid}.${oid}" raises "${option.flag}"`);
    }
  }
}
