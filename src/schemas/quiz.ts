import { z } from 'astro/zod';
import { line, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';
import { checkQuiz } from './quiz-checks';

import { careLevelIds, levelIds, styleIds, type CareLevelId, type StyleId } from '../ids/quiz';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter')
  .max(40);

/** An answer written as `question-id.option-id`. */
const answerRef = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'write answers as question-id.option-id');

/** Weights toward the massage styles. Naming anything else is an error. */
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
  /** The id of the routing-table row (`redFlags`) this answer raises; its level decides what happens. At most one. */
  flag: id.optional(),
  /** This answer settles the style once safety allows, e.g. "I only want to relax" → `either`. */
  style: z.enum(styleIds).optional(),
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
  /** The id of the routing-table row this band raises, if any. */
  flag: id.optional(),
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
  /** Where the therapist sheet lists this question's answer, under this label, e.g. "Where I feel it". */
  sheetLabel: plain(60).optional(),
  /** Answers (`question-id.option-id`) that make this question not apply: it is skipped and its answer ignored. */
  skipIf: z.array(answerRef).default([]),
  /** Sources behind this question's rules (ids from content/sources). */
  sources: z.array(ref('sources')).min(1, 'cite the sources behind this question'),
});

/**
 * One row of the safety routing table (shared/DOMAIN.md §3): a red flag, an adaptation, a
 * reason to wait, or a note, at exactly one level. Every "See a doctor" box on the site and
 * every safety card in the quiz is rendered from these rows.
 */
const redFlagSchema = z.object({
  /** The table's id in lower case, e.g. `e2`, `u1`, `d4`, `a1`, `w1`, `n1`. */
  id,
  /** emergency | same-day | doctor-first | wait | adapted | note. */
  level: z.enum(levelIds),
  /** The sign or situation in plain words, as the safety boxes list it. */
  sign: plain(300),
  /** Why it matters, in one plain sentence, with its sources. */
  why: line(500),
  /** What to do or how massage changes (the card's points), with sources. */
  advice: z.array(line(400)).default([]),
  /** Massage must stay gentle: no deep or forceful work (pressure capped, e.g. blood thinners). */
  gentle: z.boolean().default(false),
  /** The sources behind this row (ids from content/sources). */
  sources: z.array(ref('sources')).min(1, 'cite the sources behind this row'),
});

/** The copy for a level's result card. */
const levelCopySchema = z.object({
  /** The heading, stating the level in words, e.g. "Call 911 now" or "Get checked today". */
  title: plain(80),
  /** What to do, in one or two sentences. */
  summary: line(400),
  /** Further steps: who to see, what to do if it gets worse. */
  steps: z.array(line(400)).default([]),
  /** Completes the result page's "This result is for people who…". */
  forWhom: plain(300),
});

/** An emergency or urgent-care phone number outside the US, with its source. */
const phoneSchema = z.object({
  /** The digits to dial, e.g. "112". */
  number: z.string().regex(/^[0-9]{3,4}$/, 'must be 3 or 4 digits'),
  /** Where it works, e.g. "the European Union". */
  where: plain(80),
  /** The service's name, if it has one, e.g. "NHS 111". */
  name: plain(40).optional(),
  /** The source that gives this number. */
  source: ref('sources'),
});

/** A rule that raises flags only when several answers are given together. */
const comboSchema = z.object({
  /** Answers as `question-id.option-id`; all must be given. */
  when: z.array(answerRef).min(2),
  /** The routing-table row raised when all are given. */
  flag: id,
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
  /** What to ask a therapist. */
  ask: z.array(line(300)).default([]),
  /** Completes the result page's "This result is for people who…". */
  forWhom: plain(300),
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
    /** The safety routing table, one row per red flag, adaptation, wait or note. */
    redFlags: z.array(redFlagSchema).min(1),
    /** The card copy for each care level, plus `adapted`; each one must be present. */
    levels: z.strictObject(
      Object.fromEntries([...careLevelIds, 'adapted'].map((l) => [l, levelCopySchema])) as Record<
        CareLevelId | 'adapted',
        typeof levelCopySchema
      >,
    ),
    /** The copy for each massage style; each one must be present. */
    outcomes: z.strictObject(
      Object.fromEntries(styleIds.map((o) => [o, outcomeSchema])) as Record<StyleId, typeof outcomeSchema>,
    ),
    /** What every massage result and the therapist sheet say about choosing a therapist. */
    therapist: z.object({
      /** Questions to ask about license and training. */
      license: z.array(line(400)).min(1),
      /** How to ask for less pressure, and when to stop. */
      pressure: z.array(line(400)).min(1),
    }),
    /**
     * A sample set of answers (question id → option ids) that ends on a massage result with no
     * safety rows: the For clinics page's preview opens the embedded quiz on it (`preview=result`),
     * labelled as a sample, so a clinic sees its bar and button at once.
     */
    sample: z.record(z.string(), z.array(z.string()).min(1)),
    /** Numbers for readers outside the US: emergency lines, then urgent (not emergency) lines. */
    phones: z.object({ emergency: z.array(phoneSchema).min(1), urgent: z.array(phoneSchema).default([]) }),
    /** Sources the outcome copy and notes cite, in numbering order. */
    sources: z.array(ref('sources')).min(1),
    /** Review status and date. */
    review: reviewSchema,
  })
  .superRefine(checkQuiz);

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = Quiz['questions'][number];
export type QuizOption = QuizQuestion['options'][number];
export type QuizOutcome = Quiz['outcomes'][StyleId];
export type QuizRedFlag = Quiz['redFlags'][number];
export type QuizLevelCopy = Quiz['levels'][keyof Quiz['levels']];
export type QuizPhone = Quiz['phones']['emergency'][number];
