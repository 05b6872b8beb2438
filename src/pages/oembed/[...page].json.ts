/**
 * Static oEmbed responses, one per embeddable page (/oembed/compare/x.json), so a CMS can embed
 * from a pasted URL. Each canonical page links here (ArticleLayout's discovery link). The HTML is
 * shaped for WordPress's filter (src/lib/embed/oembed.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEmbeddables, type Embeddable } from '../../data/embeds';
import { oembedResponse } from '../../lib/embed/oembed';
import { stringsFor } from '../../strings';

export const getStaticPaths = (async () =>
  (await getEmbeddables()).map((item) => ({ params: { page: item.page }, props: { item } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: siteUrl, currentLocale }) => {
  const { item } = props as { item: Embeddable };
  const { site, embed } = stringsFor(currentLocale);
  const origin = new URL(siteUrl ?? 'https://bodyworkguide.org').origin;
  const body = oembedResponse({
    origin,
    page: item.page,
    title: item.title,
    height: item.height,
    providerName: site.name,
    words: embed.snippet,
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
