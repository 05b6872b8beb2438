/**
 * schema.org structured data for content pages (MedicalWebPage), built as plain objects and
 * serialised safely for an inline `<script type="application/ld+json">`.
 */

/** What a content page tells search engines about itself. */
export interface PageFacts {
  title: string;
  description: string;
  url: string;
  /** When the facts were last checked. */
  lastChecked: Date;
  /** Whether a recorded reviewer has reviewed it; only then is `lastReviewed` claimed. */
  reviewed: boolean;
  /** Cited works, in reference order. */
  /** `published` is a year, YYYY-MM, YYYY-MM-DD or `unknown`. */
  citations: { title: string; publisher: string; published: string; url?: string | undefined }[];
  /** The therapy the page is about, when it is a modality page. */
  therapy?: { name: string; alternateName: string[] } | undefined;
}

/** A MedicalWebPage object for one content page. */
export function medicalWebPage(page: PageFacts): Record<string, unknown> {
  const date = page.lastChecked.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: 'en',
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    dateModified: date,
    ...(page.reviewed ? { lastReviewed: date } : {}),
    ...(page.therapy
      ? { about: { '@type': 'MedicalTherapy', name: page.therapy.name, alternateName: page.therapy.alternateName } }
      : {}),
    citation: page.citations.map((c) => ({
      '@type': 'CreativeWork',
      name: c.title,
      publisher: c.publisher,
      ...(c.published === 'unknown' ? {} : { datePublished: c.published }),
      ...(c.url ? { url: c.url } : {}),
    })),
  };
}

/** JSON for an inline script: `<` is escaped so no string can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
