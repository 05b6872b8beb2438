import { describe, expect, it } from 'vitest';
import { changeLog, type PageRecord } from '../../../src/lib/changes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (key: string, published: string, lastReviewed: string): PageRecord => ({
  key,
  title: key,
  href: `/${key}/`,
  summary: '',
  published: day(published),
  lastReviewed: day(lastReviewed),
  nextReview: day('2027-12-01'),
});

describe('changeLog', () => {
  const faq = page('guides/faq', '2026-11-28', '2026-12-05');
  const about = page('pages/about', '2026-11-28', '2026-11-28');
  const fix = {
    id: '2026-12-05-licensing',
    date: day('2026-12-05'),
    title: 'Licensing',
    pages: ['guides/faq', 'pages/about'],
    changed: 'x',
    reason: 'y',
  };

  it('lists launches, later fact checks and corrections, newest first', () => {
    const log = changeLog([faq, about], [fix]);
    expect(
      log.map((c) => [c.kind, c.date.toISOString().slice(0, 10), c.kind === 'correction' ? c.correction.id : c.page.key]),
    ).toEqual([
      ['correction', '2026-12-05', '2026-12-05-licensing'],
      ['review', '2026-12-05', 'guides/faq'],
      ['new', '2026-11-28', 'guides/faq'],
      ['new', '2026-11-28', 'pages/about'],
    ]);
  });

  it('resolves the pages a correction names, so the feed can link them', () => {
    const [correction] = changeLog([faq, about], [fix]);
    expect(correction?.kind === 'correction' && correction.pages.map((p) => p.href)).toEqual(['/guides/faq/', '/pages/about/']);
  });
});
