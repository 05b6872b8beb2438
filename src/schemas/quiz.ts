import { z } from 'astro/zod';
import { line, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';

import { bodyRegions, quizFlags, quizOutcomeIds, type QuizOutcomeId } from '../lib/quiz/model';

export { bodyRegions, quizFlags, quizOutcomeIds, scoredOutcomeIds } from '../lib/quiz/model';
export type { BodyRegion, QuizFlag, QuizOutcomeId, ScoredOutcomeId } from '../lib/quiz/model';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter')
  .max(40);

/** Weights toward the scored outcomes. Naming any other outcome is an error. */
const effectsSchema = z
  .strictObject({
    /** Toward a focused, NMT-style approach. */
    nmt: z.number().int().min(-5).max(5).optional(),
    /** Toward deep tissue massage. */
    deep: z.number().int().min(-5).max(5).optional(),
    /** Toward either / a general (Swedish) massage. */
    either: z.number().int().min(-5).max(5).optional(),
  })
  .default({});

/** One answer to a question. */
const optionSchema = z.object({
  /** Unique within its question; appears in result links, so keep it stable. */
  id,
  /** The answer as the visitor reads it. */
  label: plain(200),
  /** How the result explains this answer, completing "Because you said…", e.g. "it is in one spot". */
  because: plain(200),
  /** Weights toward the scored outcomes. */
  effects: effectsSchema,
  /** Safety flags this answer raises. */
  flags: z.array(z.enum(quizFlags)).default([]),
  /** A note shown with the result whenever this answer is given. */
  note: line(400).optional(),
  /** "None of these": ticking it clears the other ticks (multiple choice only). */
  exclusive: z.boolean().default(false),
});

/** A band of "how many options were ticked", for questions scored by count (the body map). */
const countBandSchema = z.object({
  /** Fewest ticks in the band. */
  min: z.number().int().min(1),
  /** Most ticks in the band. */
  max: z.number().int().min(1),
  /** Completes "Because you said…", e.g. "it is in one area". */
  because: plain(200),
  /** Weights toward the scored outcomes. */
  effects: effectsSchema,
  /** A note shown with the result. */
  note: line(400).optional(),
});

/** One question. */
const questionSchema = z.object({
  /** Unique within the quiz; the order of questions is the order in this list. */
  id,
  /** The question as asked. */
  prompt: plain(200),
  /** A short hint under the question. */
  help: plain(400).optional(),
  /** `single` (radios) or `multiple` (checkboxes). */
  kind: z.enum(['single', 'multiple']),
  /** Whether Next requires an answer. */
  required: z.boolean().default(true),
  /** Show the front/back body figure; each option then needs a `region` in the body map. */
  bodyMap: z.boolean().default(false),
  /** For multiple choice: score by how many options are ticked instead of per option. */
  countBands: z.array(countBandSchema).default([]),
  /** The answers, in display order. */
  options: z.array(optionSchema).min(1, 'a question needs at least one option'),
  /** Sources behind this question's rules (ids from content/sources). */
  sources: z.array(ref('sources')).min(1, 'cite the sources behind this question'),
});

/** A rule that raises flags only when several answers are given together. */
const comboSchema = z.object({
  /** Answers as `question-id.option-id`; all must be given. */
  when: z.array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'write answers as question-id.option-id')).min(2),
  /** Flags raised when all are given. */
  flags: z.array(z.enum(quizFlags)).min(1),
  /** Completes "Because you said…". */
  because: plain(200),
});

/** The copy for one result. */
const outcomeSchema = z.object({
  /** The headline, in "may suit you" words. */
  title: plain(120),
  /** One or two sentences. */
  summary: line(400),
  /** Why this result, in general terms (the visitor's own reasons are added by the quiz). */
  why: line(700),
  /** What to expect: pressure, soreness, number of sessions. */
  expect: z.array(line(300)).default([]),
  /** What to ask a therapist (or a clinician, for safety outcomes). */
  ask: z.array(line(300)).default([]),
  /** For safety outcomes: who to see, and why. */
  whoToSee: z.array(line(300)).default([]),
  /** Further reading on the site. */
  links: z
    .array(z.object({ label: plain(120), href: z.string().regex(/^\/[a-z0-9/-]*$/, 'must be a site path like /compare/x/') }))
    .default([]),
});

/**
 * The "which treatment fits me?" quiz: questions with weights and safety flags, rules for
 * answer combinations, and the copy for every outcome. One YAML file in content/quiz.
 */
export const quizSchema = z
  .object({
    /** Bump whenever questions or options change meaning; old shared links then start fresh. */
    version: z.number().int().min(1).max(35),
    /** Page title. */
    title: plain(100),
    /** One line for the meta description and the intro. */
    summary: plain(240),
    /** The score lead at or under which the result is "either could suit you". */
    tieMargin: z.number().int().min(0).max(10).default(1),
    /** The questions, in order. */
    questions: z.array(questionSchema).min(1).max(35),
    /** Rules for answers given together. */
    combos: z.array(comboSchema).default([]),
    /** The copy for every outcome; each one must be present. */
    outcomes: z.strictObject(
      Object.fromEntries(quizOutcomeIds.map((o) => [o, outcomeSchema])) as Record<QuizOutcomeId, typeof outcomeSchema>,
    ),
    /** Sources the outcome copy and notes cite, in numbering order. */
    sources: z.array(ref('sources')).min(1),
    /** Review status and date. */
    review: reviewSchema,
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, qi) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', qi, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
      const optionIds = new Set<string>();
      q.options.forEach((o, oi) => {
        if (optionIds.has(o.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', qi, 'options', oi, 'id'],
            message: `duplicate option id "${o.id}" in question "${q.id}"`,
          });
        }
        optionIds.add(o.id);
        if (o.exclusive && q.kind !== 'multiple') {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', qi, 'options', oi, 'exclusive'],
            message: 'only multiple-choice options can be exclusive',
          });
        }
      });
      if (q.bodyMap) {
        q.options.forEach((o, oi) => {
          if (!o.exclusive && !(bodyRegions as readonly string[]).includes(o.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', qi, 'options', oi, 'id'],
              message: `a body-map option must be one of ${bodyRegions.join(', ')}`,
            });
          }
        });
      }
      if (q.countBands.length && q.kind !== 'multiple') {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', qi, 'countBands'],
          message: 'only multiple-choice questions can be scored by count',
        });
      }
      if (q.kind === 'multiple' && q.options.length > 30) {
        ctx.addIssue({ code: 'custom', path: ['questions', qi, 'options'], message: 'at most 30 options' });
      }
    });
    quiz.combos.forEach((combo, ci) =>
      combo.when.forEach((answer, ai) => {
        const [qid, oid] = answer.split('.');
        const question = quiz.questions.find((q) => q.id === qid);
        if (!question?.options.some((o) => o.id === oid)) {
          ctx.addIssue({ code: 'custom', path: ['combos', ci, 'when', ai], message: `"${answer}" names no option of the quiz` });
        }
      }),
    );
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = Quiz['questions'][number];
export type QuizOption = QuizQuestion['options'][number];
export type QuizOutcome = Quiz['outcomes'][QuizOutcomeId];
