import { describe, expect, it } from 'vitest';
import { jsonForScript, medicalWebPage } from '../../../src/lib/structured-data';

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
  therapy: { name: 'Neuromuscular therapy', alternateName: ['NMT'] },
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
    const [, undated] = medicalWebPage(page)['citation'] as Record<string, unknown>[];
    expect(undated).toEqual({ '@type': 'CreativeWork', name: 'A clinic page', publisher: 'A clinic' });
  });

  it('claims a review date only for a reviewed page', () => {
    expect(medicalWebPage(page)).not.toHaveProperty('lastReviewed');
    expect(medicalWebPage({ ...page, reviewed: true })).toHaveProperty('lastReviewed', '2026-11-28');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
