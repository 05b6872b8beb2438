import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  jsonForScript,
  medicalCondition,
  medicalTherapy,
  medicalWebPage,
} from '../../../src/lib/structured-data';

const page = {
  title: 'Neuromuscular therapy',
  description: 'A structured, hands-on method.',
  url: 'https://example.org/modalities/neuromuscular-therapy/',
  lastChecked: new Date('2026-11-28'),
  reviewed: false,
  citations: [
    { title: 'A trial', publisher: 'A journal', published: '2011', url: 'https://example.org/a' },
    { title: 'A clinic page', publisher: 'A clinic', published: 'unknown' },
  ],
  therapy: {
    name: 'Neuromuscular therapy',
    alternateName: ['NMT'],
    contraindications: ['Avoid firm pressure on blood thinners [@nccih-massage].'],
    adverseOutcomes: ['Serious harms are rare [@yin-2014].', 'Soreness the next day.'],
    howPerformed: ['Careful feeling of the muscles [@a].', 'Gliding strokes [@b] [@c].'],
  },
};

describe('medicalWebPage', () => {
  it('describes a modality page with its citations and modification date', () => {
    const data = medicalWebPage(page);
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      dateModified: '2026-11-28',
      about: { '@type': 'MedicalTherapy', name: 'Neuromuscular therapy', alternateName: ['NMT'] },
      citation: [
        { '@type': 'CreativeWork', name: 'A trial', datePublished: '2011', url: 'https://example.org/a' },
        { '@type': 'CreativeWork', name: 'A clinic page' },
      ],
    });
  });

  it('gives no publication date for an undated source rather than inventing one', () => {
    const [, undated] = medicalWebPage(page)['citation'] as unknown as Record<string, unknown>[];
    expect(undated).toEqual({ '@type': 'CreativeWork', name: 'A clinic page', publisher: 'A clinic' });
  });

  it('claims a review date only for a reviewed page', () => {
    expect(medicalWebPage(page)).not.toHaveProperty('lastReviewed');
    expect(medicalWebPage({ ...page, reviewed: true })).toHaveProperty('lastReviewed', '2026-11-28');
  });
});

describe('medicalTherapy', () => {
  it('gives the contraindications, adverse outcomes and method from the frontmatter, without citation markers', () => {
    expect(medicalTherapy(page.therapy)).toEqual({
      '@type': 'MedicalTherapy',
      name: 'Neuromuscular therapy',
      alternateName: ['NMT'],
      contraindication: ['Avoid firm pressure on blood thinners.'],
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'Serious harms are rare.' },
        { '@type': 'MedicalEntity', name: 'Soreness the next day.' },
      ],
      howPerformed: 'Careful feeling of the muscles. Gliding strokes.',
    });
  });

  it('leaves out what the modality does not list rather than claiming an empty list', () => {
    const bare = medicalTherapy({ ...page.therapy, contraindications: [], adverseOutcomes: [] });
    expect(bare).not.toHaveProperty('contraindication');
    expect(bare).not.toHaveProperty('adverseOutcome');
  });

  it('is what a modality page is about, and names no reviewer', () => {
    const data = medicalWebPage(page);
    expect(data).toMatchObject({ about: { '@type': 'MedicalTherapy', howPerformed: expect.any(String) } });
    expect(JSON.stringify(data)).not.toMatch(/reviewedBy|FAQPage/);
  });
});

describe('medicalCondition', () => {
  it('is what a condition page is about, with the other names it lists', () => {
    const data = medicalWebPage({
      ...page,
      therapy: undefined,
      condition: { name: 'Low back pain', alternateName: ['Lumbago'] },
    });
    expect(data['about']).toEqual({ '@type': 'MedicalCondition', name: 'Low back pain', alternateName: ['Lumbago'] });
  });

  it('claims no other names when the page lists none', () => {
    expect(medicalCondition({ name: 'Fibromyalgia', alternateName: [] })).toEqual({
      '@type': 'MedicalCondition',
      name: 'Fibromyalgia',
    });
  });
});

describe('breadcrumbList', () => {
  const url = 'https://example.org/compare/nmt-vs-deep-tissue/';

  it('lists each step of the trail in order, with absolute addresses and the page itself last', () => {
    const trail = [{ label: 'Home', href: '/' }, { label: 'Compare', href: '/compare/' }, { label: 'NMT vs deep tissue' }];
    expect(breadcrumbList(trail, url)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Compare', item: 'https://example.org/compare/' },
        { '@type': 'ListItem', position: 3, name: 'NMT vs deep tissue', item: url },
      ],
    });
  });

  it('refuses a trail of one step: the home page has no breadcrumb', () => {
    expect(() => breadcrumbList([{ label: 'Home' }], 'https://example.org/')).toThrow(/at least two steps/);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
