import { z } from 'astro/zod';
import { faqSchema, line, mythSchema, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';
import { categories, certainties, coverages, courseKinds, evidenceFindings, evidenceLevels, settings } from '../ids/modality';

/** A 1–5 pressure score: 1 very light, 3 medium, 5 very firm. */
const pressureScore = z.number().int().min(1, 'must be 1 (very light) or more').max(5, 'must be 5 (very firm) or less');

/** A condition id, as the file name of an entry in content/conditions. */
const conditionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a condition id in kebab-case, e.g. `low-back-pain`');

/** What the research shows for this type of massage and one condition. */
const conditionEvidenceSchema = z.object({
  /** `helps`, `may-help`, `unclear` or `no-benefit`. */
  finding: z.enum(evidenceFindings),
  /** How sure the research is: `high`, `moderate`, `low` or `very-low` (GRADE's terms). */
  certainty: z.enum(certainties),
  /** One or two plain sentences on what was found, with citations. Shown in the condition's table. */
  note: line(300),
  /** The sources the grade rests on; each must be evidence and be listed in the page's `sources`. */
  sources: z.array(ref('sources')).min(1, 'cite at least one source for this grade'),
});

/** A credential or course a provider can take beyond their basic license. */
const credentialSchema = z.object({
  /** Its name, e.g. "Certified Neuromuscular Therapist (CNMT)". */
  name: plain(120),
  /** Who issues it, e.g. "NMT Center". */
  issuer: plain(120),
  /** What it takes, in plain words (format, hours where a source gives them). */
  format: line(300),
  /** True when a practitioner can offer the modality without it. */
  optional: z.boolean(),
});

/**
 * A massage or manual-therapy modality. One MDX file per modality in content/modalities; the
 * file name is its slug. Comparisons are computed from these fields, so every number here is
 * the single source of truth for every table and chart that shows it. Any text field may carry
 * citation markers like `[@cherkin-2011]`.
 */
export const modalitySchema = z.object({
  /** Full name, e.g. "Neuromuscular therapy". */
  title: plain(80),
  /** Short name for tables and charts, e.g. "NMT". */
  shortName: plain(24),
  /** One line for cards, meta descriptions and search results. */
  summary: plain(160),
  /** Position in lists; lower comes first. */
  order: z.number().int().min(1),
  /** Other names people search for. */
  aka: z.array(plain(80)).default([]),
  /** The group listings file it under: `relaxation`, `clinical`, `reflex-energy` or `special-groups`. */
  category: z.enum(categories),
  /** Where people usually find it, most common first: `spa`, `clinic`, `gym`, `workplace`. */
  setting: z
    .array(z.enum(settings))
    .min(1, 'list at least one setting')
    .refine((s) => new Set(s).size === s.length, 'list each setting once'),
  /** What to wear or expect to undress, in one plain line. */
  whatToWear: line(300),
  /** What the treatment aims to do. */
  goals: z.array(line(200)).min(1, 'list at least one goal'),
  /** What the therapist actually does. */
  techniques: z.array(line(200)).min(1, 'list at least one technique'),
  /** Usual pressure as a range on the 1–5 scale. */
  pressure: z
    .object({
      /** The lightest pressure usually used. */
      min: pressureScore,
      /** The firmest pressure usually used. */
      max: pressureScore,
      /** A plain note on how pressure is set, e.g. "worked to your tolerance". */
      note: line(300).optional(),
    })
    .refine((p) => p.min <= p.max, { path: ['max'], message: 'must not be below pressure.min' }),
  /** How much of the body a session usually covers; list every option that is common. */
  coverage: z
    .array(z.enum(coverages))
    .min(1, 'list at least one coverage')
    .refine((c) => new Set(c).size === c.length, 'list each coverage once'),
  /** Usual session length in minutes. */
  session: z
    .object({
      /** Shortest usual session, in minutes. */
      min: z.number().int().min(10).max(240),
      /** Longest usual session, in minutes. */
      max: z.number().int().min(10).max(240),
      /** A plain note, e.g. "first visits run longer". */
      note: line(300).optional(),
    })
    .refine((s) => s.min <= s.max, { path: ['max'], message: 'must not be below session.min' }),
  /** Whether people usually book one session or a series. */
  course: z.object({
    /** `one-off`, `either` or `series`. */
    kind: z.enum(courseKinds),
    /** What a typical course looks like, honestly (say when it is not known). */
    note: line(300),
  }),
  /** Who provides it and what training exists beyond their basic license. */
  providers: z.object({
    /** Who usually offers it, in one line. */
    who: line(300),
    /** The license a provider needs to practice, in one line. */
    license: line(300),
    /** Whether extra training beyond the basic license is required to offer it. */
    extraTrainingRequired: z.boolean(),
    /** Credentials and courses beyond the license; may be empty. */
    credentials: z.array(credentialSchema).default([]),
  }),
  /** What the research shows. Practitioner sources may not back it. */
  evidence: z.object({
    /** `low`, `moderate` or `high`. */
    level: z.enum(evidenceLevels),
    /** A plain, honest summary in one or two sentences. */
    summary: line(400),
    /** The sources the grade rests on (ids from content/sources). */
    sources: z.array(ref('sources')).min(1, 'cite at least one source for the evidence grade'),
    /**
     * The research for particular conditions, keyed by condition id (`low-back-pain`…). Each
     * condition page's table is computed from these entries across every modality; a condition
     * with no entry here shows as "no studies found" for this type.
     */
    conditions: z.record(conditionId, conditionEvidenceSchema).default({}),
  }),
  /** Who it may suit, as short phrases. */
  bestFor: z.array(line(200)).min(1, 'list at least one'),
  /** Who it is not a good fit for, as short phrases. */
  notFor: z.array(line(200)).min(1, 'list at least one'),
  /**
   * Who should not have it, or should ask a clinician before booking (contraindications), as
   * plain sentences. Shown under the page's cautions and given to search engines as the therapy's
   * `contraindication`.
   */
  cautions: z.array(line(300)).default([]),
  /**
   * What can go wrong during or after a session, and how often (adverse outcomes), as plain
   * sentences. Shown after the cautions and given to search engines as the therapy's `adverseOutcome`.
   */
  risks: z.array(line(300)).default([]),
  /** Common claims about this modality that sources contradict, each corrected with citations. */
  myths: z.array(mythSchema).default([]),
  /** Questions readers ask about this modality. */
  faqs: z.array(faqSchema).default([]),
  /** Every source the page cites, in the order they should be numbered. */
  sources: z.array(ref('sources')).min(1, 'cite at least one source'),
  /** Review status and date. */
  review: reviewSchema,
});

export type Modality = z.infer<typeof modalitySchema>;
