import { describe, expect, it } from 'vitest';
import { ContentError, findContentProblems, formatProblems, type SiteContent } from '../../../src/lib/content/validate';
import { comparisonSchema, conditionSchema, modalitySchema } from '../../../src/schemas';
import { broadWork, comparison, condition, copy, focusedWork } from '../../fixtures/modalities';

type Mutator = (site: SiteContent) => void;

/** A quiz as the checks see it: its red flags (ids and sources) and nothing else that could fail. */
const quizWith = (redFlags: { id: string; source: string }[]) => ({
  id: 'q',
  filePath: 'content/quiz/q.yaml',
  data: {
    sources: [...new Set(redFlags.map((r) => r.source))].map((id) => ({ collection: 'sources' as const, id })),
    review: {},
    questions: [],
    phones: {},
    redFlags: redFlags.map((r) => ({ id: r.id, sources: [{ collection: 'sources' as const, id: r.source }] })),
  } as never,
});

/**
 * A small, valid site: two modalities (one graded for low back pain), one comparison, one
 * condition, a quiz with the condition's two warning signs, four sources, two terms.
 */
function makeSite(): SiteContent {
  return {
    modalities: [
      {
        id: 'focused-work',
        filePath: 'content/modalities/focused-work.mdx',
        data: modalitySchema.parse(copy(focusedWork)),
        body: '## What it is\n\nA held pressure on a <Term id="trigger-point">trigger point</Term>.<Cite id="trial-a" />\n',
      },
      { id: 'broad-work', filePath: 'content/modalities/broad-work.mdx', data: modalitySchema.parse(copy(broadWork)), body: '' },
    ],
    comparisons: [
      {
        id: 'focused-vs-broad',
        filePath: 'content/comparisons/focused-vs-broad.mdx',
        data: comparisonSchema.parse(copy(comparison)),
      },
    ],
    conditions: [
      { id: 'low-back-pain', filePath: 'content/conditions/low-back-pain.mdx', data: conditionSchema.parse(copy(condition)) },
    ],
    quizzes: [
      quizWith([
        { id: 'e2', source: 'trial-a' },
        { id: 'u6', source: 'trial-a' },
      ]),
    ],
    pages: [],
    sources: [
      { id: 'trial-a', data: { kind: 'trial' } },
      { id: 'review-b', data: { kind: 'systematic-review' } },
      { id: 'clinic-page', data: { kind: 'practitioner' } },
      { id: 'trade-body', data: { kind: 'professional-body' } },
      { id: 'symptom-app', data: { kind: 'vendor' } },
    ],
    glossary: [
      { id: 'trigger-point', data: { related: [{ collection: 'glossary', id: 'fascia' }] } },
      { id: 'fascia', data: { related: [] } },
    ],
    reviewers: [],
  };
}

const first = (site: SiteContent) => site.modalities[0]!;
const grade = (site: SiteContent) => (first(site).data.evidence.conditions as Record<string, any>)['low-back-pain'];
const theCondition = (site: SiteContent) => site.conditions![0]!;

const scenarios: Array<[scenario: string, mutate: Mutator, file: string, field: string, message: RegExp]> = [
  [
    'broken reference to a source',
    (s) => void (first(s).data.sources[1] = { collection: 'sources', id: 'gone' } as never),
    'content/modalities/focused-work.mdx',
    'sources[1]',
    /"gone" does not exist in content\/sources/,
  ],
  [
    'broken reference to a modality',
    (s) => void (s.comparisons[0]!.data.modalities[1] = { collection: 'modalities', id: 'reiki' }),
    'content/comparisons/focused-vs-broad.mdx',
    'modalities[1]',
    /"reiki" does not exist in content\/modalities/,
  ],
  [
    'broken reference to a reviewer',
    (s) => void (first(s).data.review.reviewer = { collection: 'reviewers', id: 'dr-nobody' }),
    'content/modalities/focused-work.mdx',
    'review.reviewer',
    /"dr-nobody" does not exist in content\/reviewers/,
  ],
  [
    'unknown citation in frontmatter text',
    (s) => void ((first(s).data as any).faqs[0].answer = 'Yes [@made-up].'),
    'content/modalities/focused-work.mdx',
    'faqs[0].answer',
    /cites "made-up", which does not exist/,
  ],
  [
    'citation of a source missing from the page list',
    (s) => void (s.comparisons[0]!.data as any).myths.push({ claim: 'x', verdict: 'wrong', correction: 'See [@clinic-page].' }),
    'content/comparisons/focused-vs-broad.mdx',
    'myths[1].correction',
    /missing from this page's `sources` list/,
  ],
  [
    'unknown citation in the MDX body',
    (s) => void (first(s).body += '\nMore text.<Cite id="nope" />\n'),
    'content/modalities/focused-work.mdx',
    'body (line 5)',
    /cites "nope"/,
  ],
  [
    'Cite without an id',
    (s) => void (first(s).body = '<Cite />'),
    'content/modalities/focused-work.mdx',
    'body (line 1)',
    /needs an id/,
  ],
  [
    'unknown glossary term in the MDX body',
    (s) => void (first(s).body = 'Text\n<Term id="knot-magic">knots</Term>'),
    'content/modalities/focused-work.mdx',
    'body (line 2)',
    /term "knot-magic", which does not exist in content\/glossary/,
  ],
  [
    'practitioner source behind an evidence grade',
    (s) => void first(s).data.evidence.sources.push({ collection: 'sources', id: 'clinic-page' }),
    'content/modalities/focused-work.mdx',
    'evidence.sources[1]',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'professional body behind an evidence grade',
    (s) => {
      first(s).data.sources.push({ collection: 'sources', id: 'trade-body' });
      first(s).data.evidence.sources.push({ collection: 'sources', id: 'trade-body' });
    },
    'content/modalities/focused-work.mdx',
    'evidence.sources[1]',
    /"trade-body" is a professional-body source, which cannot back a health claim/,
  ],
  [
    'practitioner source behind a caution',
    (s) => void ((first(s).data as any).cautions[0] = 'Avoid it with a clot [@clinic-page].'),
    'content/modalities/focused-work.mdx',
    'cautions[0]',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'practitioner source behind a risk',
    (s) => void ((first(s).data as any).risks = ['Bruising is common [@clinic-page].']),
    'content/modalities/focused-work.mdx',
    'risks[0]',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'a grade for a condition the site does not have',
    (s) => void ((first(s).data.evidence.conditions as Record<string, unknown>)['neck-pain'] = grade(s)),
    'content/modalities/focused-work.mdx',
    'evidence.conditions.neck-pain',
    /"neck-pain" does not exist in content\/conditions/,
  ],
  [
    'practitioner source behind a condition grade',
    (s) => void (grade(s).sources = [{ collection: 'sources', id: 'clinic-page' }]),
    'content/modalities/focused-work.mdx',
    'evidence.conditions.low-back-pain.sources[0]',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'a condition grade resting on a source the page does not list',
    (s) => void grade(s).sources.push({ collection: 'sources', id: 'review-b' }),
    'content/modalities/focused-work.mdx',
    'evidence.conditions.low-back-pain.sources[1]',
    /"review-b" must also be listed in `sources`/,
  ],
  [
    'practitioner source cited in a condition note',
    (s) => void (grade(s).note = 'Clinics report relief [@clinic-page].'),
    'content/modalities/focused-work.mdx',
    'evidence.conditions.low-back-pain.note',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'practitioner source behind first-line advice',
    (s) => {
      theCondition(s).data.sources.push({ collection: 'sources', id: 'clinic-page' });
      (theCondition(s).data as any).firstLine = 'Start with massage [@clinic-page].';
    },
    'content/conditions/low-back-pain.mdx',
    'firstLine',
    /"clinic-page" is a practitioner source, which cannot back a health claim/,
  ],
  [
    'a warning sign the quiz does not have',
    (s) => void theCondition(s).data.warningSigns.push('z9'),
    'content/conditions/low-back-pain.mdx',
    'warningSigns[2]',
    /"z9" is not a red flag in the quiz/,
  ],
  [
    'broken related glossary term',
    (s) => void s.glossary[1]!.data.related.push({ collection: 'glossary', id: 'qi' }),
    'content/glossary/fascia',
    'related[0]',
    /"qi" does not exist/,
  ],
];

describe('findContentProblems', () => {
  it('finds nothing wrong with a valid site', () => {
    expect(findContentProblems(makeSite())).toEqual([]);
  });

  it.each(scenarios)('reports %s with the file and field', (_scenario, mutate, file, field, message) => {
    const site = makeSite();
    mutate(site);
    const problems = findContentProblems(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, field });
    expect(problems[0]?.message).toMatch(message);
  });

  it('rejects a vendor behind a red flag, naming the quiz file and the field', () => {
    const site = makeSite();
    site.quizzes = [
      quizWith([
        { id: 'e2', source: 'trial-a' },
        { id: 'u6', source: 'symptom-app' },
      ]),
    ];
    expect(findContentProblems(site)).toEqual([
      {
        file: 'content/quiz/q.yaml',
        field: 'redFlags[1].sources[0]',
        message: '"symptom-app" is a vendor source, which cannot back a health claim',
      },
    ]);
  });

  it('rejects a correction that names a page the site does not have', () => {
    const site = makeSite();
    const correction = (pages: string[]) => ({ id: 'fix', filePath: 'content/corrections/fix.yaml', data: { pages } });
    site.corrections = [
      correction(['modalities/focused-work', 'comparisons/focused-vs-broad', 'conditions/low-back-pain', 'modalities/reiki']),
    ];
    expect(findContentProblems(site)).toEqual([
      { file: 'content/corrections/fix.yaml', field: 'pages[3]', message: '"modalities/reiki" is not a page on the site' },
    ]);
  });

  it('counts body lines from the top of the file and skips tags shown as code', () => {
    const site = makeSite();
    first(site).body =
      'Intro `<Cite id="inline-example" />`\n```mdx\n<Term id="example-only">x</Term>\n```\nThen <Term id="nope">y</Term>';
    const asked: string[] = [];
    const bodyLineOf = (entry: { id: string }) => (asked.push(entry.id), 40);
    expect(findContentProblems(site, { bodyLineOf })).toEqual([
      { file: 'content/modalities/focused-work.mdx', field: 'body (line 44)', message: expect.stringMatching(/term "nope"/) },
    ]);
    // The file is consulted only for the body with a problem, once.
    expect(asked).toEqual(['focused-work']);
  });

  it.each([
    [
      'an id written as an expression',
      '<Term id={"fascia"}>x</Term>',
      'body (line 1)',
      /<Term> needs an id="…" naming a glossary term, written as plain text: id=\{"fascia"\}/,
    ],
    [
      'several ids in one Cite',
      'A claim.\n\nAnother.<Cite id="trial-a, clinic-page" />',
      'body (line 3)',
      /<Cite> takes one id, not "trial-a, clinic-page": write one tag per id/,
    ],
    ['a Term without an id', 'Text <Term>knots</Term>', 'body (line 1)', /<Term> needs an id="…" naming a glossary term$/],
    [
      'a body that is not valid MDX',
      'Fine.\n\nA <Term id="fascia">fascia.\n',
      'body (line 3)',
      /^is not valid MDX: Expected a closing tag for `<Term>`/,
    ],
  ])('reports %s at its line in the body', (_case, body, field, message) => {
    const site = makeSite();
    first(site).body = body;
    const problems = findContentProblems(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/modalities/focused-work.mdx', field });
    expect(problems[0]?.message).toMatch(message);
  });

  it('formats every problem on its own line for the build error', () => {
    const error = new ContentError([
      { file: 'content/a.mdx', field: 'sources[0]', message: 'bad' },
      { file: 'content/b.mdx', field: 'body (line 3)', message: 'worse' },
    ]);
    expect(error.message).toBe(
      'Content check failed (2 problems):\n  content/a.mdx → sources[0]: bad\n  content/b.mdx → body (line 3): worse',
    );
    expect(formatProblems([{ file: 'f', field: 'x', message: 'y' }])).toMatch(/^Content check failed \(1 problem\)/);
  });
});
