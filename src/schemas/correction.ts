import { z } from 'astro/zod';
import { plain } from './fields';

/** A page named by its key, `<collection>/<id>`, e.g. `guides/faq` or `comparisons/nmt-vs-deep-tissue`. */
const PAGE_KEY = /^(modalities|comparisons|guides|pages|quiz)\/[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One dated correction: a fact on one or more pages was wrong or out of date, and we fixed it.
 * One YAML file per correction in content/corrections, named `<date>-<topic>.yaml`. The
 * corrections page lists them newest first, each page shows its own, and the changes feed
 * carries them. Record what was wrong, not every edit: typos and rewording need no entry.
 */
export const correctionSchema = z.object({
  /** The day the fix went live, as YYYY-MM-DD. */
  date: z.coerce.date({ error: 'must be a real date written as YYYY-MM-DD' }),
  /** A short headline, e.g. "How many states license massage therapists". */
  title: plain(100),
  /** The pages the fix changed, by key: `modalities/<id>`, `comparisons/<id>`, `guides/<id>`, `pages/<id>` or `quiz/<id>`. */
  pages: z
    .array(z.string().regex(PAGE_KEY, { error: 'must name a page as <collection>/<id>, e.g. "guides/faq"' }))
    .min(1, 'must name at least one page'),
  /** What the page said before and what it says now, in plain words. */
  changed: plain(600),
  /** Why: what the check found and which source settled it. */
  reason: plain(600),
});

export type Correction = z.infer<typeof correctionSchema>;
