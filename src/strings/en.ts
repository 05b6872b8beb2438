/**
 * Every piece of interface text (visible and screen-reader only) in one place, ready for a
 * second language. Content words live in content/; this file holds the site's own voice.
 */
export const site = {
  name: 'Bodywork Guide',
  tagline: 'Plain, cited guides to massage and manual therapy',
  description:
    'Compare neuromuscular therapy, deep tissue and other massage types with plain words, cited sources and honest notes on the evidence.',
  locale: 'en',
  /** Dates are written as in this locale, e.g. "November 28, 2026". */
  dateLocale: 'en-US',
} as const;

/** Words that join lists: "a, b and c", "a, b or c". */
export const words = { and: 'and', or: 'or' } as const;

export const nav = {
  label: 'Main',
  home: 'Home',
  compare: 'Compare',
  modalities: 'Modalities',
  conditions: 'Conditions',
  quiz: 'Quiz',
  guides: 'Guides',
  glossary: 'Glossary',
  sources: 'Sources',
  about: 'About',
  privacy: 'Privacy',
  skip: 'Skip to main content',
  breadcrumb: 'Breadcrumb',
  /** The button that shows the main links when the header is too narrow for them. */
  menu: 'Menu',
} as const;

export const home = {
  title: 'Which hands-on treatment may suit you? Compare them plainly.',
  lead: 'Bodywork Guide explains massage and manual therapy in everyday words. We compare what each one involves, who provides it and what the research really shows, with a source behind every claim.',
  compareCta: 'See the comparison',
  browseCta: 'Browse all types',
  pressureTitle: 'How firm is each one?',
  pressureMore: 'Pressure is only one difference.',
  pressureMoreLink: 'See them all',
  startHere: 'Start here',
  keyRows: ['pressure', 'coverage', 'training', 'evidence'] as readonly string[],
  bottomLine: 'Bottom line:',
  readComparison: 'Read the full comparison, with sources',
  typesTitle: 'Types of massage we cover',
  allTypes: (n: number) => `See all ${n} types of massage`,
  conditionsLink: 'What the research says for back pain, headaches and more',
  trustTitle: 'How we earn your trust',
  /** The four promises, by where each links (src/pages/index.astro pairs them with addresses). */
  trust: (sources: number, evidence: number) => ({
    sources: {
      title: 'Every claim is cited',
      text: `Facts link to ${sources} sources. ${evidence} of them are guidelines, reviews, studies, health publishers or government agencies: the kinds that may back a health claim.`,
      link: 'See all sources',
    },
    evidence: {
      title: 'Honest about weak evidence',
      text: 'Most massage research is small and short. We grade it plainly and never claim a treatment will fix you.',
      link: 'How we grade evidence',
    },
    review: {
      title: 'Review status on every page',
      text: 'Each page shows when its facts were last checked and whether a clinician has reviewed it. We never invent a reviewer.',
      link: 'How we review',
    },
    privacy: {
      title: 'No tracking, no ads',
      text: 'No cookies, no analytics and no third-party requests. Nothing you do here leaves your browser.',
      link: 'Our privacy promise',
    },
  }),
} as const;

export const listing = {
  modalitiesTitle: 'Massage and manual therapy types',
  modalitiesLead: 'What each type of massage is, what a session feels like, who provides it and what the research says.',
  compareTitle: 'Compare massage types side by side',
  compareLead:
    'Side-by-side comparisons built from the same checked facts as each modality page, with the evidence graded honestly.',
  bottomLine: 'Bottom line:',
  guidesTitle: 'Guides',
  guidesLead: 'Practical help: when not to get a massage, how to choose a therapist, and answers to common questions.',
  glossaryTitle: 'Glossary',
  glossaryLead: 'Plain definitions of the massage and manual-therapy words used on this site.',
  glossaryLetters: 'Glossary letters',
  related: 'Related:',
  sourcesTitle: 'Sources',
  sourcesLead: 'Every source this site cites, grouped by kind, with links to the pages that use it.',
  sourcesNote:
    'Strongest kinds come first. Only guidelines, reviews, studies, health publishers and government agencies may back a health claim. Professional bodies, method owners, schools, companies and practitioner pages only show how the trade describes and runs itself; we never use them as evidence that a treatment works.',
  sourcesNoteLink: 'How we choose sources',
  sourceKindsNav: 'Source kinds',
  citedOn: 'Cited on:',
  notFoundTitle: 'We could not find that page',
  notFoundLead: 'The link may be old, or the address may have a typo. These pages may help you find what you were looking for.',
  notFoundComparisons: 'Comparisons',
  notFoundTypes: 'Massage types',
  notFoundHome: 'Go to the home page',
} as const;

export { quiz } from './en-quiz';
export { conditions, filters, findingLabels, certaintyLabels } from './en-conditions';
export { embed, clinics, loaderText } from './en-clinics';

export const search = {
  open: 'Search',
  shortcut: 'Search (press / or Ctrl+K)',
  dialogTitle: 'Search',
  slashSetting: 'Open search with the / key (Ctrl+K always works)',
  close: 'Close',
  label: 'Search for',
  /** Must fit the search box on a 390 px phone. */
  placeholder: 'e.g. knots, sciatica',
  filters: 'Show',
  all: 'Everything',
  /** The filters, one per search type (src/lib/routes.ts). */
  typeLabels: {
    modality: 'Massage types',
    comparison: 'Comparisons',
    condition: 'Conditions',
    guide: 'Guides',
    'quiz-result': 'Quiz results',
    glossary: 'Glossary',
  },
  /** The badge on one result of each type. */
  typeBadges: {
    modality: 'Modality',
    comparison: 'Comparison',
    condition: 'Condition',
    guide: 'Guide',
    'quiz-result': 'Quiz result',
    glossary: 'Glossary',
  },
  /** Templates, filled with fillTemplate (src/lib/format.ts). */
  resultCount: '{n} results for “{q}”',
  resultCountOne: '1 result for “{q}”',
  loading: 'Searching…',
  none: 'No results for “{q}”.',
  suggestions: 'Try fewer or other words, or start from one of these:',
  /** Where the no-results state sends people, by page (src/lib/routes.ts `paths`). */
  suggestionLinks: {
    quiz: 'Take the quiz: which treatment may suit you?',
    compare: 'Compare massage types side by side',
    glossary: 'Look a word up in the glossary',
  },
  /** The button under the results; {n} is how many are not shown yet. */
  more: 'Show more results ({n} more)',
  unavailable: 'Search works on the built site. Run npm run build, then npm start, to try it.',
  hint: 'Results appear as you type.',
  /** Shown only with a mouse or trackpad, where there is a keyboard to use. */
  hintKeys: 'Use the arrow keys to move through them.',
  pageTitle: 'Search',
  pageLead: 'Find a massage type, a comparison, a guide or a word.',
} as const;

export const theme = {
  /** The theme button's name; {choice} is one of the words below. */
  template: 'Theme: {choice}',
  device: 'device',
  light: 'light',
  dark: 'dark',
  toggleHint: 'Change colors: follow your device, light or dark',
} as const;

/** Labels for the 1–5 pressure scale. */
export const pressureLabels = ['Very light', 'Light', 'Medium', 'Firm', 'Very firm'] as const;

export const coverageLabels = {
  focused: 'One spot',
  regional: 'One region',
  'full-body': 'Full body',
} as const;

export const courseLabels = {
  'one-off': 'A single session',
  either: 'One session or a series',
  series: 'A series of sessions',
} as const;

/** The modality categories (src/ids/modality.ts), as listings and tables name them. */
export const categoryLabels = {
  relaxation: 'Relaxation',
  clinical: 'Focused or clinical',
  'reflex-energy': 'Reflex or energy based',
  'special-groups': 'For particular groups',
} as const;

/** Where a type of massage is usually offered. */
export const settingLabels = {
  spa: 'Spa',
  clinic: 'Clinic',
  gym: 'Gym',
  workplace: 'Workplace',
} as const;

export const evidenceLabels = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
} as const;

export const compare = {
  /** The small label above a comparison's title. */
  eyebrow: 'Comparison',
  tableCaption: 'Side by side',
  aspect: 'Aspect',
  rows: {
    category: 'Kind of massage',
    pressure: 'Pressure',
    coverage: 'Area worked',
    session: 'Session length',
    course: 'Typical course',
    setting: 'Where it is offered',
    wear: 'What to wear',
    providers: 'Who provides it',
    training: 'Extra training',
    evidence: 'Strength of evidence',
  },
  same: 'Same for both',
  sideBySide: 'Side by side',
  matrixTitle: 'All massage types at a glance',
  modality: 'Type',
  pairsTitle: 'Pick a pair',
  chartsTitle: 'The differences at a glance',
  chartsIntro: 'Drawn from the same figures as the table.',
  chartsKey: 'Key',
  yes: 'Yes: ',
  no: 'No: ',
  pressureScale: 'Pressure, from very light (1) to very firm (5)',
  sessionScale: 'Session length in minutes',
  coverageScale: 'How much of the body is worked',
  evidenceScale: 'Strength of the research',
  minutes: (min: number, max: number) => (min === max ? `${min} minutes` : `${min}–${max} minutes`),
  pressureRange: (min: number, max: number) =>
    min === max
      ? `${pressureLabels[min - 1]} (${min} of 5)`
      : `${pressureLabels[min - 1]} to ${pressureLabels[max - 1]?.toLowerCase()} (${min}–${max} of 5)`,
  trainingRequired: 'Required beyond the basic license',
  trainingNone: 'None beyond the basic license',
  trainingNeeded: (names: string) => `Needed: ${names}`,
  credential: (name: string, issuer: string) => `${name}, from ${issuer}`,
  optionalCredentials: (names: string) => `Optional: ${names}`,
  /** The labels the comparison's cells use (src/lib/compare.ts takes this object as its words). */
  categoryLabels,
  settingLabels,
  coverageLabels,
  courseLabels,
  evidenceLabels,
  or: 'or',
  whoMaySuit: 'Who each may suit',
  verdict: 'The bottom line',
  myths: 'Myths and facts',
  mythVerdicts: {
    wrong: 'Wrong',
    misleading: 'Misleading',
    unproven: 'Unproven',
    oversimplified: 'Oversimplified',
  },
  claim: 'The claim',
  correction: 'What the sources say',
} as const;

export const page = {
  atAGlance: 'At a glance',
  goals: 'What it aims to do',
  training: 'Training and credentials',
  optional: 'Optional',
  requiredToOffer: 'Needed to offer it',
  techniques: 'What the therapist does',
  bestFor: 'May suit',
  notFor: 'Probably not the best fit for',
  cautions: 'Talk to a clinician first about',
  whoItMaySuit: 'Who it may suit',
  compareIt: 'Compare it',
  faqs: 'Common questions',
  references: 'References',
  referencesIntro: 'Numbers in the text link to these sources.',
  onThisPage: 'On this page',
  practitionerNote: 'Shows how providers describe their work. Not evidence.',
  sourceKinds: {
    guideline: 'Clinical guidance',
    'systematic-review': 'Systematic review',
    trial: 'Clinical trial',
    'observational-study': 'Observational study',
    'case-report': 'Case report',
    'narrative-review': 'Narrative review',
    'health-publisher': 'Health publisher',
    government: 'Government agency',
    'professional-body': 'Professional or licensing body',
    'method-owner': 'Method owner',
    education: 'School or college',
    vendor: 'Health app or company',
    practitioner: 'Practitioner source',
  },
  /** Shown for a source with no publication date. */
  undated: 'undated',
  /** Before the date we last opened and checked a source. */
  accessed: 'Accessed',
  sourceOf: 'Source',
  aka: 'Also called',
  lastChecked: 'Facts last checked',
  notReviewed: 'Not yet medically reviewed',
  reviewedBy: 'Medically reviewed by',
  reviewPolicy: 'How we write and review',
  disclaimerTitle: 'This is education, not medical advice',
  disclaimer:
    'This page explains options in general terms. It cannot diagnose you or replace advice from a clinician who knows your health. Do not delay or skip medical care because of something you read here.',
  whenToSeeADoctor: 'When to get checked before a massage',
  whenToSeeADoctorIntro: 'Massage is not the first step if you have any of these. They are the same signs our quiz checks first.',
  /** Template: a level's heading and how many signs it lists. */
  whenToSeeADoctorGroup: '{title} ({n} signs)',
  whenToSeeADoctorGroupOne: '{title} (1 sign)',
  /** The group of signs that do not block massage but are worth a doctor's check (the quiz's note level). */
  whenToSeeADoctorNotes: 'Worth mentioning to a doctor',
  whenToSeeADoctorMore: 'Why these signs matter, with sources: our safety guide',
  /** 911 becomes a phone link wherever copy is rendered with RichText. */
  emergencyCall: 'If you think you have a medical emergency, call 911 or your local emergency number now.',
} as const;

export const footer = {
  /** The footer's links, as screen readers name them. */
  navLabel: 'Footer',
  about: 'Bodywork Guide explains massage and manual therapy in plain words. Every claim links to its source.',
  privacy: 'No tracking, no cookies, no ads.',
  notAdvice: 'Education, not diagnosis.',
  /** The scope line: who the site is for, and where readers elsewhere find their numbers. */
  scope: 'Written for readers in the US. Outside the US, call your local emergency number; massage licensing differs too.',
  scopeLink: 'Readers outside the US',
} as const;

/** A page's history and upkeep: its review schedule, its corrections, problem reports, and the changes feed. */
export const history = {
  nextReview: 'Next review due',
  /** Template: shown on a page past its review date. */
  dueTitle: 'This page is due for review',
  dueText:
    'We check every page against its sources at least once a year. This one was due for a fresh check on {due}, so some facts may be out of date. Check anything important with a health professional.',
  correctionsTitle: 'Corrections to this page',
  correctionsIntro: 'When we find a mistake, we fix it and say so here.',
  allCorrections: 'All corrections',
  changedLabel: 'What changed:',
  reasonLabel: 'Why:',
  pagesLabel: 'Pages changed:',
  reportLead: 'Spotted a mistake or something out of date?',
  report: 'Report a problem with this page',
  reportNote: 'This opens your email app with the page’s title and address filled in. Nothing is sent until you send it.',
  /** Templates for the email a report link fills in. */
  reportSubject: 'Problem with “{title}”',
  reportBody:
    'Page: {title}\nAddress: {url}\n\nWhat is wrong, and where on the page?\n\n\nA source that shows it (if you have one):\n',
  correctionsPageTitle: 'Corrections',
  correctionsPageLead:
    'When a fact on one of our pages turns out to be wrong or out of date, we fix it and record it here, newest first. Each page also lists its own corrections under its references.',
  correctionsEmpty: 'No corrections yet.',
  howWeCorrect: 'How we handle mistakes',
  feedLink: 'Follow changes with RSS',
  /** The footer's link to the feed. */
  feedShort: 'Changes (RSS)',
  feedTitle: 'Bodywork Guide: changes',
  feedDescription:
    'New pages, corrections and fact checks on Bodywork Guide, so clinics that embed our pages can see when they change.',
  /** Templates for feed item titles. */
  feedNew: 'New page: {title}',
  feedReview: 'Facts re-checked: {title}',
  feedCorrection: 'Correction: {title}',
  feedReviewText: 'We checked this page against its sources again. The next check is due on {due}.',
} as const;

/**
 * Link previews (ShareMeta.astro): each page's type, printed on its share image and given as
 * article:section. The home page has none: its image is the site's own card.
 */
export const share = {
  types: {
    modality: 'Modality',
    comparison: 'Comparison',
    condition: 'Condition',
    guide: 'Guide',
    quiz: 'Quiz',
    quizResult: 'Quiz result',
    about: 'About this site',
    overview: 'Overview',
    reference: 'Reference',
    corrections: 'Transparency',
    tools: 'Tools',
  },
  /** The image's alt text, which says what the card shows. */
  alt: '{type}: {title}. {site}',
  /** The home page's image: the site's own card. */
  siteAlt: '{site}: {tagline}',
} as const;
