// Property-based tests: the rules hold for every answer set, on the fixture and the real quiz.
import { getCollection } from 'astro:content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../src/lib/quiz/codec';
import type { Answers, QuizData, QuizFlag } from '../../../src/lib/quiz/model';
import { cleanAnswers, scoreQuiz } from '../../../src/lib/quiz/score';
import { tinyQuiz } from '../../fixtures/quiz';

const [realQuiz] = await getCollection('quiz');
const quizzes: Array<[string, QuizData]> = [['the fixture quiz', tinyQuiz]];
if (realQuiz) quizzes.push(['the real quiz', realQuiz.data]);

/** Any valid answer for one question: nothing, one option, or a set of ticks (or "none of these" alone). */
function answerFor(q: QuizData['questions'][number]): fc.Arbitrary<string[] | undefined> {
  const ids = q.options.filter((o) => !o.exclusive).map((o) => o.id);
  const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
  const choices: fc.Arbitrary<string[] | undefined>[] = [fc.constant(undefined)];
  if (q.kind === 'single') choices.push(fc.constantFrom(...q.options.map((o) => [o.id])));
  else {
    if (ids.length) choices.push(fc.subarray(ids, { minLength: 1 }));
    if (exclusive.length) choices.push(fc.constantFrom(...exclusive));
  }
  return fc.oneof(...choices);
}

/** Any valid answer set for a quiz. */
function answersFor(quiz: QuizData): fc.Arbitrary<Record<string, string[]>> {
  return fc.tuple(...quiz.questions.map(answerFor)).map((list) => {
    const answers: Record<string, string[]> = {};
    list.forEach((a, i) => {
      const q = quiz.questions[i];
      if (a && q) answers[q.id] = q.options.filter((o) => a.includes(o.id)).map((o) => o.id);
    });
    return answers;
  });
}

const safetyOrder: QuizFlag[] = ['emergency', 'clinician', 'acute'];

/** Forces an answer in, keeping the question's other ticks when it is multiple choice. */
function withAnswer(quiz: QuizData, answers: Record<string, string[]>, qid: string, oid: string): Answers {
  const q = quiz.questions.find((x) => x.id === qid);
  const others =
    q?.kind === 'multiple' ? (answers[qid] ?? []).filter((id) => !q.options.find((o) => o.id === id)?.exclusive) : [];
  return { ...answers, [qid]: [...new Set([...others, oid])] };
}

describe.each(quizzes)('%s', (_name, quiz) => {
  const redFlags = quiz.questions.flatMap((q) =>
    q.options.flatMap((o) => o.flags.filter((f) => safetyOrder.includes(f)).map((flag) => ({ answers: [[q.id, o.id]], flag }))),
  );
  const comboFlags = quiz.combos.flatMap((c) =>
    c.flags.filter((f) => safetyOrder.includes(f)).map((flag) => ({ answers: c.when.map((w) => w.split('.')), flag })),
  );

  it.each([...redFlags, ...comboFlags].map((r) => [r.answers.map((a) => a.join('.')).join(' + '), r] as const))(
    'red flag %s reaches its safety outcome whatever else is answered',
    (_label, { answers: forced, flag }) => {
      fc.assert(
        fc.property(answersFor(quiz), (answers) => {
          let given: Answers = answers;
          for (const [qid = '', oid = ''] of forced) given = withAnswer(quiz, { ...given } as Record<string, string[]>, qid, oid);
          const allowed = safetyOrder.slice(0, safetyOrder.indexOf(flag) + 1);
          expect(allowed).toContain(scoreQuiz(quiz, given).outcome);
          if (flag === 'emergency') expect(scoreQuiz(quiz, given).outcome).toBe('emergency');
        }),
        { numRuns: 200 },
      );
    },
  );

  it('scores deterministically, whatever the order answers are listed in', () => {
    fc.assert(
      fc.property(answersFor(quiz), (answers) => {
        const reversed = Object.fromEntries(
          Object.entries(answers)
            .reverse()
            .map(([q, a]) => [q, [...a].reverse()]),
        );
        expect(scoreQuiz(quiz, reversed)).toEqual(scoreQuiz(quiz, structuredClone(answers)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every modality outcome at least one reason, each tied to an answer actually given', () => {
    fc.assert(
      fc.property(answersFor(quiz), (answers) => {
        const result = scoreQuiz(quiz, answers);
        if (!Object.keys(answers).length || !['nmt', 'deep', 'either'].includes(result.outcome)) return;
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) {
          const combo = /^combo-(\d+)$/.exec(reason.key);
          if (combo) {
            const when = quiz.combos[Number(combo[1])]?.when ?? [];
            expect(when.every((w) => answers[w.split('.')[0] ?? '']?.includes(w.split('.')[1] ?? ''))).toBe(true);
          } else {
            const [qid = '', oid] = reason.key.split(/[.#]/);
            expect(answers[qid]?.length).toBeGreaterThan(0);
            if (!reason.key.includes('#')) expect(answers[qid]).toContain(oid);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every answer set and step through the URL', () => {
    const steps = fc.oneof(fc.constant('result' as const), fc.integer({ min: 0, max: quiz.questions.length - 1 }));
    fc.assert(
      fc.property(answersFor(quiz), steps, (answers, step) => {
        const decoded = decodeState(quiz, `#${encodeState(quiz, { step, answers })}`);
        expect(decoded).toEqual({ status: 'ok', state: { step, answers: cleanAnswers(quiz, answers) } });
      }),
      { numRuns: 500 },
    );
  });

  it('decodes 1,000 random strings without throwing', () => {
    const hashLike = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 40 }).map((s) => `q=${s}`),
      fc
        .array(fc.stringMatching(/^[0-9a-z]{0,8}$/), { maxLength: 20 })
        .map((t) => `q=${quiz.version.toString(36)}:r:${t.join('.')}`),
    );
    fc.assert(
      fc.property(hashLike, (hash) => {
        const decoded = decodeState(quiz, hash);
        expect(['ok', 'empty', 'outdated', 'invalid']).toContain(decoded.status);
        if (decoded.status === 'ok') expect(() => scoreQuiz(quiz, decoded.state.answers)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
