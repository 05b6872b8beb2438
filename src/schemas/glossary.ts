import { z } from 'astro/zod';
import { ref } from './ref';

/** One glossary term. One YAML file per term in content/glossary; the file name is its id. */
export const glossarySchema = z.object({
  /** The term as it is usually written. */
  term: z.string().trim().min(2).max(80),
  /** A plain definition in one or two short sentences, in our own words. */
  definition: z.string().trim().min(10).max(320),
  /** Other names people use for the same thing. */
  aka: z.array(z.string().trim().min(1)).default([]),
  /** Related terms: ids of other glossary entries. */
  related: z.array(ref('glossary')).default([]),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
