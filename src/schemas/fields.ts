import { z } from 'astro/zod';

const CITATION_MARKER = /\[@[^\]]*\]/;

/**
 * A non-empty line of copy that may carry citation markers such as `[@cherkin-2011]`, which
 * the site renders as numbered links to the page's references.
 */
export const line = (max = 400) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * A non-empty line shown as plain text (titles, names, summaries, questions). Citation markers
 * are rejected here, because they would show up as literal "[@…]" text.
 */
export const plain = (max = 400) =>
  line(max).refine((text) => !CITATION_MARKER.test(text), 'cannot carry a citation marker; cite in the text instead');

/** A frequently asked question with a short answer; the answer may carry citation markers. */
export const faqSchema = z.object({
  /** The question as a reader would ask it. */
  question: plain(160),
  /** A short, plain answer. */
  answer: line(700),
});

/** How wrong a common claim is. */
export const mythVerdicts = ['wrong', 'misleading', 'unproven', 'oversimplified'] as const;

/** A common claim, how wrong it is, and what the sources say instead. */
export const mythSchema = z.object({
  /** The claim as people make it. */
  claim: plain(200),
  /** How wrong it is. */
  verdict: z.enum(mythVerdicts),
  /** What the sources actually say, with citations. */
  correction: line(700),
});

/** A myth as parsed: claim, verdict and correction. */
export type Myth = z.infer<typeof mythSchema>;
