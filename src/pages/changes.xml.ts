/**
 * The changes feed (RSS 2.0): new pages, corrections and fact checks, newest first, so readers
 * and clinics that embed our pages can see when a page changed and why.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCorrections, getPageRecords } from '../data/content';
import { changeLog, type Change } from '../lib/changes';
import { fillTemplate, formatDate } from '../lib/format';
import { pageKinds } from '../lib/routes';
import { stringsFor } from '../strings';

/** Escapes text for the XML an item's customData is parsed from. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const site = context.site;
  const { history: t, site: siteText } = stringsFor(context.currentLocale);
  if (!site) throw new Error('changes.xml needs `site` in astro.config.mjs (SITE_URL)');
  const corrections = (await getCorrections()).map((c) => ({ id: c.id, ...c.data }));
  const changes = changeLog(await getPageRecords(), corrections);

  const item = (change: Change) => {
    const day = change.date.toISOString().slice(0, 10);
    if (change.kind === 'correction') {
      const { correction, pages } = change;
      const link = new URL(pageKinds.correction.href(correction.id), site).href;
      return {
        title: fillTemplate(t.feedCorrection, { title: correction.title }),
        link,
        pubDate: change.date,
        description: `${t.changedLabel} ${correction.changed} ${t.reasonLabel} ${correction.reason} ${t.pagesLabel} ${pages.map((p) => p.title).join(', ')}.`,
        categories: ['correction'],
        customData: `<guid isPermaLink="true">${xmlText(link)}</guid>`,
      };
    }
    const { page } = change;
    const link = new URL(page.href, site).href;
    const isNew = change.kind === 'new';
    return {
      title: fillTemplate(isNew ? t.feedNew : t.feedReview, { title: page.title }),
      link,
      pubDate: change.date,
      description: isNew
        ? page.summary
        : fillTemplate(t.feedReviewText, { due: formatDate(page.nextReview, siteText.dateLocale) }),
      categories: [isNew ? 'new-page' : 'review'],
      // One page has several events, so its address alone cannot name them.
      customData: `<guid isPermaLink="false">${xmlText(`${link}#${change.kind}-${day}`)}</guid>`,
    };
  };

  return rss({
    title: t.feedTitle,
    description: t.feedDescription,
    site,
    items: changes.map(item),
    customData: `<language>${siteText.locale}</language>`,
  });
}
