/**
 * Site-wide files: a news feed per language listing that language's articles with links to
 * their pages, robots.txt naming the sitemap, and a sitemap listing every page but the 404.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileForPath, htmlPages, pageUrlPath, requireBuild, ROOT, SITE_DIST, SITE_ROOT } from '../support/site';

const read = (file: string) => readFileSync(join(SITE_DIST, file), 'utf8');
const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);

beforeAll(() => requireBuild());

describe.each([
  { lang: 'id', feed: 'berita/rss.xml', prefix: '' },
  { lang: 'en', feed: 'en/berita/rss.xml', prefix: 'en/' },
])('the $lang news feed', ({ lang, feed, prefix }) => {
  it('lists every article of its language, linking to its page', () => {
    const dir = join(ROOT, 'src', 'content', 'news', lang);
    const titles = readdirSync(dir).map(
      (f) => (parseYaml(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) as { title: string }).title,
    );
    const xml = read(feed);
    const items = xml.split('<item>').slice(1);
    expect(items.map((item) => tag(item, 'title')[0]).sort()).toEqual(titles.sort());
    for (const item of items) {
      const link = tag(item, 'link')[0]!;
      expect(link.startsWith(`${SITE_ROOT}${prefix}berita/`), link).toBe(true);
      expect(fileForPath(link.slice(SITE_ROOT.length)), link).toBeDefined();
      expect(Number.isNaN(Date.parse(tag(item, 'pubDate')[0]!))).toBe(false);
    }
    expect(tag(xml, 'language')[0]).toBe(lang === 'id' ? 'id-ID' : 'en-GB');
  });

  it('is announced in the head of every page of its language', () => {
    const pages = htmlPages().filter((p) => p !== '404.html' && p.startsWith('en/') === (lang === 'en'));
    for (const page of pages) expect(read(page), page).toContain(`type="application/rss+xml"`);
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt names the sitemap index by its absolute URL', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_ROOT}sitemap-index.xml`);
  });

  it('the sitemap lists every page except the 404 page, with its twin in the other language', () => {
    const index = read('sitemap-index.xml');
    const urls = tag(index, 'loc').flatMap((sitemap) => tag(read(sitemap.slice(SITE_ROOT.length)), 'loc'));
    const pages = htmlPages()
      .filter((p) => p !== '404.html')
      .map((p) => `${SITE_ROOT}${pageUrlPath(p)}`);
    expect(urls.sort()).toEqual(pages.sort());
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });
});
