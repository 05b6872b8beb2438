import type { APIRoute } from 'astro';
import { paths } from '../lib/routes';

/** robots.txt with the sitemap's absolute address for whatever SITE_URL the build used. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.sitemap, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
