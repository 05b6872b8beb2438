/**
 * Static oEmbed responses, one per embeddable page (/oembed/compare/x.json), so a CMS can embed
 * from a pasted URL. Each canonical page links here (ArticleLayout's discovery link).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEmbeddables, type Embeddable } from '../../data/embeds';
import { iframeSnippet } from '../../lib/embed/snippets';
import { site } from '../../strings/en';

export const getStaticPaths = (async () =>
  (await getEmbeddables()).map((item) => ({ params: { page: item.page }, props: { item } }))) satisfies GetStaticPaths;

/** oEmbed needs a width for rich embeds; ours fill the width they are given. */
const WIDTH = 720;

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const { item } = props as { item: Embeddable };
  const origin = new URL(siteUrl ?? 'https://bodyworkguide.org').origin;
  const body = {
    version: '1.0',
    type: 'rich',
    title: item.title,
    provider_name: site.name,
    provider_url: `${origin}/`,
    html: iframeSnippet({ origin, page: item.page, title: item.title, height: item.height }),
    width: WIDTH,
    height: item.height,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
