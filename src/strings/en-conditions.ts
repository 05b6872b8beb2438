/** Interface text for condition pages, the modality listing's filters and the evidence tables. */

/** What the research found for a type and a condition (src/ids/modality.ts `evidenceFindings`). */
export const findingLabels = {
  helps: 'Helps',
  'may-help': 'May help',
  unclear: 'Unclear',
  'no-benefit': 'No clear benefit',
} as const;

/** How sure the research is, in GRADE's terms (src/ids/modality.ts `certainties`). */
export const certaintyLabels = {
  high: 'High certainty',
  moderate: 'Moderate certainty',
  low: 'Low certainty',
  'very-low': 'Very low certainty',
} as const;

/** Condition pages, their listing and the evidence tables (src/components/conditions, ConditionArticle.astro). */
export const conditions = {
  /** The listing page. */
  title: 'Conditions: what the research says about massage',
  lead: 'For common problems people bring to a massage therapist: what guidelines suggest first, and how strong the research is for each type of massage.',
  eyebrow: 'Condition',
  /** On a condition's card: how many types have research for it. */
  graded: (n: number) => (n === 1 ? '1 type of massage studied' : `${n} types of massage studied`),
  firstLineTitle: 'What guidelines suggest first',
  evidenceTitle: 'The research, type by type',
  evidenceIntro:
    'Built from the evidence grades on each massage type’s own page. Certainty says how sure the research is: low or very low means new studies could easily change the answer.',
  tableCaption: 'What the research found for each type of massage',
  type: 'Type of massage',
  finding: 'What was found',
  certainty: 'How sure',
  details: 'Details',
  unstudied: 'No studies found for:',
  unstudiedNone: 'Every type we cover has been studied for this.',
  noneGraded: 'We found no studies of any type of massage we cover for this condition.',
  warningSignsTitle: 'Warning signs, and what to do',
  warningSignsIntro:
    'Each group says what to do: get help now, see a doctor before you book, or wait. They are the same signs our quiz asks about.',
  /** On a modality page: the conditions it has research for. */
  researchTitle: 'Conditions with research',
  researchIntro:
    'What studies found for this type of massage, condition by condition. Each links to the full comparison of types.',
  /** One grade in a sentence: "May help, low certainty." */
  gradeLine: (finding: string, certainty: string) => `${finding}, ${certainty.toLowerCase()}.`,
  /** Under a quiz result: condition pages for the body areas the visitor ticked. */
  quizLinksTitle: 'What the research says, by condition',
  quizLink: (title: string) => `${title}: massage research`,
} as const;

/** The modality listing's category filters (ModalityListing.astro, /modalities/category/<c>/). */
export const filters = {
  /** The filter links above the modality cards. */
  label: 'Show types of massage',
  all: 'All types',
  /** A filter's link text with its count. */
  count: (label: string, n: number) => `${label} (${n})`,
  /** The h1 and lead of each category's listing page. */
  categoryTitles: {
    relaxation: 'Relaxation massage',
    clinical: 'Focused and clinical massage',
    'reflex-energy': 'Reflex and energy-based methods',
    'special-groups': 'Massage for particular groups',
  },
  categoryLeads: {
    relaxation: 'Types of massage people choose mainly to relax and ease stress, with what the research says about each.',
    clinical: 'Firmer or more targeted work on a problem area, such as pain, knots or stiffness.',
    'reflex-energy':
      'Methods built on theories of reflex zones, energy lines or body rhythms. The theories lack good evidence; we say what studies found anyway.',
    'special-groups': 'Massage adapted for pregnancy or for medical needs such as lymphedema.',
  },
} as const;
