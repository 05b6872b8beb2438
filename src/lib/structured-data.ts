/**
 * schema.org structured data, built as plain objects typed with schema-dts and serialised safely
 * for an inline `<script type="application/ld+json">`: a MedicalWebPage for each content page
 * (about a MedicalTherapy on modality pages, a MedicalCondition on condition pages) and a BreadcrumbList for every page but the home page.
 * No `reviewedBy` until a real reviewer exists, and no FAQPage (Google stopped showing it in 2026).
 */
import type { BreadcrumbList, MedicalCondition, MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts';
import { stripCitations } from './citations';

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
  therapy?: TherapyFacts | undefined;
  /** The condition the page is about, when it is a condition page. */
  condition?: ConditionFacts | undefined;
}

/** What a condition page is about: the condition's name and the other names it lists. */
export interface ConditionFacts {
  name: string;
  alternateName: readonly string[];
}

/** A MedicalCondition, named as the page names it. */
export function medicalCondition(condition: ConditionFacts): MedicalCondition {
  return {
    '@type': 'MedicalCondition',
    name: condition.name,
    ...(condition.alternateName.length > 0 ? { alternateName: [...condition.alternateName] } : {}),
  };
}

/**
 * What a modality page says about its therapy, from the modality's frontmatter. Text may carry
 * citation markers (`[@id]`); they are removed here, since structured data has no references.
 */
export interface TherapyFacts {
  name: string;
  alternateName: readonly string[];
  /** Who should not have it, or should ask a clinician first (`cautions`). */
  contraindications: readonly string[];
  /** What can go wrong during or after a session (`risks`). */
  adverseOutcomes: readonly string[];
  /** What the therapist does (`techniques`), one sentence each. */
  howPerformed: readonly string[];
}

const plainText = (text: string): string => stripCitations(text).trim();

/** A MedicalTherapy: the page's therapy with its contraindications, adverse outcomes and method. */
export function medicalTherapy(therapy: TherapyFacts): MedicalTherapy {
  return {
    '@type': 'MedicalTherapy',
    name: therapy.name,
    alternateName: [...therapy.alternateName],
    ...(therapy.howPerformed.length > 0 ? { howPerformed: therapy.howPerformed.map(plainText).join(' ') } : {}),
    ...(therapy.contraindications.length > 0 ? { contraindication: therapy.contraindications.map(plainText) } : {}),
    // schema.org wants a MedicalEntity here, not text: each outcome is one, named by its sentence.
    ...(therapy.adverseOutcomes.length > 0
      ? { adverseOutcome: therapy.adverseOutcomes.map((text) => ({ '@type': 'MedicalEntity' as const, name: plainText(text) })) }
      : {}),
  };
}

/** A MedicalWebPage object for one content page. */
export function medicalWebPage(page: PageFacts): WithContext<MedicalWebPage> {
  if (page.therapy && page.condition) throw new Error(`${page.url}: a page is about a therapy or a condition, not both`);
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
    ...(page.therapy ? { about: medicalTherapy(page.therapy) } : {}),
    ...(page.condition ? { about: medicalCondition(page.condition) } : {}),
    citation: page.citations.map((c) => ({
      '@type': 'CreativeWork',
      name: c.title,
      publisher: c.publisher,
      ...(c.published === 'unknown' ? {} : { datePublished: c.published }),
      ...(c.url ? { url: c.url } : {}),
    })),
  };
}

/** One step of a breadcrumb trail, as the page shows it: the current page comes last, without a link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * A BreadcrumbList for the trail a page shows, so the two cannot disagree. Each step links to its
 * absolute address; the last (the page itself) to `pageUrl`.
 */
export function breadcrumbList(trail: readonly Crumb[], pageUrl: string): WithContext<BreadcrumbList> {
  if (trail.length < 2) throw new Error(`A breadcrumb trail needs at least two steps, got ${trail.length}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href ?? pageUrl, pageUrl).href,
    })),
  };
}

/** JSON for an inline script: `<` is escaped so no string can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
