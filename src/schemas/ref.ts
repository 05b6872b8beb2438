import { z } from 'astro/zod';

/**
 * A reference to an entry of another collection, written in frontmatter as the entry's id
 * (its file name without the extension). Parses to `{ collection, id }`, the shape that
 * `astro:content`'s `reference()` produces, so `getEntry()` accepts it. Defined here rather
 * than imported so the schemas stay plain zod (unit-testable). Astro only logs a broken
 * reference; `findContentProblems` in src/lib/content makes it fatal.
 */
export const ref = <C extends string>(collection: C) =>
  z
    .string()
    .trim()
    .min(1, `expected the id of an entry in content/${collection}`)
    .transform((id) => ({ collection, id }));

/** What a reference parses to. */
export interface Ref<C extends string = string> {
  collection: C;
  id: string;
}
