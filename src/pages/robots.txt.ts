/** robots.txt names the sitemap with its absolute URL, base path included. */
import type { APIRoute } from 'astro';
import { absoluteUrl, siteFiles } from '../urls';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteFiles.sitemap)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
