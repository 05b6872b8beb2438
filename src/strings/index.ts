/**
 * The one way in to the interface text: `stringsFor(locale)` gives one language's strings.
 * Adding a language is a strings file with the same shape as en.ts and a row in `catalogs`;
 * nothing in src/lib changes (pure code takes wording as an argument or returns keys).
 */
import * as en from './en';

/** The text of one language: en.ts's shape, with its literal strings widened to `string`. */
export type Strings = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

const catalogs = { en } satisfies Record<string, Strings>;

export type Locale = keyof typeof catalogs;
export const locales = Object.keys(catalogs) as Locale[];
export const defaultLocale: Locale = 'en';

const isLocale = (value: string | undefined): value is Locale => value !== undefined && value in catalogs;

/** The strings for a page's locale (Astro.currentLocale); the default language when it has none. */
export function stringsFor(locale?: string): Strings {
  return catalogs[isLocale(locale) ? locale : defaultLocale];
}
