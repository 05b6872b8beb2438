/**
 * The modality listing's groups and filters. Pure: the listing pages label categories from
 * src/strings and link each filter to its own static page, so filtering works without JavaScript.
 */
import { categories, type Category } from '../ids/modality';

/** What the listing needs of a modality. */
export interface ListedModality {
  category: Category;
  order: number;
}

/** The categories that have at least one modality, in the canonical order (empty ones get no filter). */
export function categoriesInUse(modalities: readonly ListedModality[]): Category[] {
  const used = new Set(modalities.map((m) => m.category));
  return categories.filter((c) => used.has(c));
}

/** The modalities in one category, in display order; every category when `category` is undefined. */
export function inCategory<T extends ListedModality>(modalities: readonly T[], category?: Category): T[] {
  return modalities.filter((m) => category === undefined || m.category === category).sort((a, b) => a.order - b.order);
}
