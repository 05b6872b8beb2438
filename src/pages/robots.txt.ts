import type { APIRoute } from 'astro';

/** robots.txt with the sitemap's absolute address for whatever SITE_URL the build used. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
