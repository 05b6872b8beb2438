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
} as const;

export const nav = {
  label: 'Main',
  home: 'Home',
  compare: 'Compare',
  modalities: 'Modalities',
  quiz: 'Quiz',
  guides: 'Guides',
  glossary: 'Glossary',
  sources: 'Sources',
  about: 'About',
  skip: 'Skip to main content',
  breadcrumb: 'Breadcrumb',
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
  trustTitle: 'How we earn your trust',
  trust: (sources: number, evidence: number) => [
    {
      title: 'Every claim is cited',
      text: `Facts link to ${sources} sources, ${evidence} of them health bodies, reviews, studies or the methods' own owners.`,
      href: '/sources/',
      link: 'See all sources',
    },
    {
      title: 'Honest about weak evidence',
      text: 'Most massage research is small and short. We grade it plainly and never claim a treatment will fix you.',
      href: '/about/#how-we-choose-sources',
      link: 'How we grade evidence',
    },
    {
      title: 'Review status on every page',
      text: 'Each page shows when its facts were last checked and whether a clinician has reviewed it. We never invent a reviewer.',
      href: '/about/#how-we-review-pages',
      link: 'How we review',
    },
    {
      title: 'No tracking, no ads',
      text: 'No cookies, no analytics and no third-party requests. Nothing you do here leaves your browser.',
      href: '/about/#privacy',
      link: 'Our privacy promise',
    },
  ],
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
    'Strongest kinds come first. Practitioner sources only show how providers describe their own work; we never use them as evidence that a treatment works.',
  sourcesNoteLink: 'How we choose sources',
  sourceKindsNav: 'Source kinds',
  citedOn: 'Cited on:',
  notFoundTitle: 'We could not find that page',
  notFoundLead: 'The link may be old, or the address may have a typo. These pages may help you find what you were looking for.',
  notFoundComparisons: 'Comparisons',
  notFoundTypes: 'Massage types',
  notFoundHome: 'Go to the home page',
} as const;

export const quiz = {
  navLabel: 'Quiz',
  privacy: 'Your answers stay in this browser. Nothing you tick is sent anywhere.',
  /** Templates, filled with fillTemplate (src/lib/format.ts). */
  questionOf: 'Question {n} of {total}',
  optional: '(optional)',
  next: 'Next',
  seeResult: 'See my result',
  back: 'Back',
  restart: 'Start again',
  changeAnswers: 'Change my answers',
  required: 'Choose an answer to go on.',
  requiredMultiple: 'Tick at least one answer, or “None of these”, to go on.',
  front: 'Front',
  resumeTitle: 'Continue where you left off?',
  resumeText: 'You started this quiz earlier in this browser.',
  resume: 'Continue',
  fresh: 'Start fresh',
  outdated:
    'This link was made for an older version of the quiz, so its answers no longer fit. Please start again; it only takes a couple of minutes.',
  resultHeading: 'Your result',
  because: 'Because you said…',
  certaintyTitle: 'How sure is this?',
  certainty: {
    safety: 'This comes from a safety answer, not from a score. Safety answers always come first.',
    clear: 'Your answers lean clearly this way.',
    slight: 'Your answers lean slightly this way. The other option could suit you too.',
    even: 'Your answers point both ways, so we do not pick one.',
  },
  notesTitle: 'Also worth knowing',
  copyLink: 'Copy link to this result',
  copied: 'Link copied.',
  copyFailed: 'Could not copy. Copy the address from your browser’s address bar instead.',
  print: 'Print',
  announceStep: 'Question {n} of {total}: {prompt}',
  announceResult: 'Your result: {title}',
  guideTitle: 'Reading your answers without the interactive quiz',
  guideIntro: 'The quiz works best with JavaScript on. Without it, you can still read the questions and use this guide.',
  guide: [
    'If you ticked anything in the first question, get emergency care now: call 911 or your local emergency number.',
    'If you ticked anything in the second or third question, or your pain tingles, burns or shoots, see a clinician before any massage.',
    'If you were hurt in the last few days, wait a few days and look after the injury first.',
    'Otherwise: one nagging spot, a series of visits and home exercises lean toward a focused, NMT-style approach; broad tightness and firm pressure lean toward deep tissue; relaxation or light pressure lean toward a Swedish massage.',
  ],
  guideResults: 'Read about each result',
  whoToSee: 'Who to see',
  expect: 'What to expect',
  ask: 'What to ask',
  readMore: 'Read more',
  takeQuiz: 'Take the quiz',
  ctaTitle: 'Not sure which may suit you?',
  ctaText: 'Answer 12 short questions. Safety comes first, and your answers never leave your browser.',
  resultPageLead: 'This is one of the results the quiz can give. Take the quiz to see which one fits your answers, and why.',
} as const;

export const search = {
  open: 'Search',
  shortcut: 'Search (press / or Ctrl+K)',
  dialogTitle: 'Search',
  close: 'Close',
  label: 'Search for',
  placeholder: 'e.g. knots, sciatica, sore after massage',
  filters: 'Show',
  all: 'Everything',
  typeLabels: {
    Modality: 'Massage types',
    Comparison: 'Comparisons',
    Guide: 'Guides',
    'Quiz result': 'Quiz results',
    Glossary: 'Glossary',
  },
  /** Templates, filled with fillTemplate (src/lib/format.ts). */
  resultCount: '{n} results for “{q}”',
  resultCountOne: '1 result for “{q}”',
  loading: 'Searching…',
  none: 'No results for “{q}”.',
  suggestions: 'You could try the quiz, browse the comparisons, or look a word up in the glossary.',
  unavailable: 'Search works on the built site. Run npm run build, then npm start, to try it.',
  hint: 'Results appear as you type. Use the arrow keys to move through them.',
  pageTitle: 'Search',
  pageLead: 'Find a massage type, a comparison, a guide or a word.',
} as const;

export const theme = {
  toggle: 'Dark theme',
  toggleHint: 'Switch between light and dark colours',
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

export const evidenceLabels = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
} as const;

export const compare = {
  tableCaption: 'Side by side',
  aspect: 'Aspect',
  rows: {
    pressure: 'Pressure',
    coverage: 'Area worked',
    session: 'Session length',
    course: 'Typical course',
    providers: 'Who provides it',
    training: 'Extra training',
    evidence: 'Strength of evidence',
  },
  same: 'Same for both',
  sideBySide: 'Side by side',
  matrixCaption: 'All massage types at a glance',
  matrixTitle: 'Every type, side by side',
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
  trainingRequired: 'Required beyond the basic licence',
  trainingNone: 'None beyond the basic licence',
  trainingNeeded: (names: string) => `Needed: ${names}`,
  credential: (name: string, issuer: string) => `${name}, from ${issuer}`,
  optionalCredentials: (names: string) => `Optional: ${names}`,
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
    trial: 'Study',
    'health-publisher': 'Health publisher',
    'professional-body': 'Professional or licensing body',
    'method-owner': 'Method owner',
    practitioner: 'Practitioner source',
  },
  sourceOf: 'Source',
  aka: 'Also called',
  lastChecked: 'Facts last checked',
  notReviewed: 'Not yet medically reviewed',
  reviewedBy: 'Medically reviewed by',
  reviewPolicy: 'How we write and review',
  disclaimerTitle: 'This is education, not medical advice',
  disclaimer:
    'This page explains options in general terms. It cannot diagnose you or replace advice from a clinician who knows your health. Do not delay or skip medical care because of something you read here.',
  emergency: 'If you think you have a medical emergency, call 911 or your local emergency number now.',
  whenToSeeADoctor: 'See a doctor first if…',
} as const;

export const footer = {
  about: 'Bodywork Guide explains massage and manual therapy in plain words. Every claim links to its source.',
  privacy: 'No tracking, no cookies, no ads.',
  licence: 'Education, not diagnosis.',
} as const;
