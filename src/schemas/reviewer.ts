import { z } from 'astro/zod';

/**
 * A real medical reviewer, recorded only once they have agreed and their credentials are
 * checked. One YAML file per reviewer in content/reviewers; the collection may be empty.
 */
export const reviewerSchema = z.object({
  /** Full name as the reviewer wants it shown. */
  name: z.string().trim().min(3).max(100),
  /** Credentials after the name, e.g. "PT, DPT". */
  credentials: z.string().trim().min(2).max(60),
  /** Their clinical role, e.g. "Physical therapist". */
  role: z.string().trim().min(3).max(120),
  /** Where their license can be checked: a public register entry. */
  licenseUrl: z.url({ protocol: /^https$/ }).optional(),
});

export type Reviewer = z.infer<typeof reviewerSchema>;
