/**
 * The built site has every page the data calls for, in both languages, each linking to its
 * twin in the other language, with the right <html lang>, alternates and canonical URL; and
 * no page leaks "undefined", "NaN" or "[object Object]".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { fileForPath, htmlPages, pageUrlPath, readPage, requireBuild, ROOT, SITE_ROOT, textOf } from '../support/site';

const data = loadDataset();
const articleSlugs = (lang: string) =>
  readdirSync(join(ROOT, 'src', 'content', 'news', lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

/** Pages the data and the content call for, as paths without the language prefix. */
function expectedPaths(): string[] {
  const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');
  return [
    '',
    'kelurahan/',
    ...data.kelurahan.map((k) => `kelurahan/${k.slug}/`),
    'kecamatan/',
    ...data.kecamatan.map((k) => `kecamatan/${slug(k.name)}/`),
    'kemitraan/',
    'gerai-gudang/',
    'linimasa/',
    'peta/',
    'berita/',
    ...articleSlugs('id').map((s) => `berita/${s}/`),
    'metodologi/',
    'data/',
  ];
}

beforeAll(() => requireBuild());

describe('pages', () => {
  it('has every expected page in Indonesian at / and in English at /en/', () => {
    const paths = expectedPaths();
    expect(paths.length).toBeGreaterThan(data.kelurahan.length + data.kecamatan.length);
    const missing = paths.flatMap((p) => [p, `en/${p}`]).filter((p) => !fileForPath(p));
    expect(missing, `pages missing from the build: ${missing.join(', ')}`).toEqual([]);
  });

  it('has every news article in both languages under the same slug', () => {
    expect(articleSlugs('id').length).toBeGreaterThanOrEqual(3);
    expect(articleSlugs('en')).toEqual(articleSlugs('id'));
  });

  it('has a 404 page, robots.txt, the sitemap, a feed per language and the share image', () => {
    for (const file of ['404.html', 'robots.txt', 'sitemap-index.xml', 'berita/rss.xml', 'en/berita/rss.xml', 'share.png']) {
      expect(fileForPath(file), file).toBeDefined();
    }
  });

  it('gives every page <html lang>, a link to the same page in the other language, hreflang alternates and a canonical URL', () => {
    const problems: string[] = [];
    for (const file of htmlPages()) {
      if (file === '404.html') continue;
      const root = readPage(file);
      const path = pageUrlPath(file);
      const lang = path.startsWith('en/') ? 'en' : 'id';
      const bare = lang === 'en' ? path.slice(3) : path;
      const twin = lang === 'en' ? bare : `en/${bare}`;
      const say = (what: string) => problems.push(`${file}: ${what}`);
      if (root.querySelector('html')?.getAttribute('lang') !== lang) say(`<html lang> is not ${lang}`);
      if (!fileForPath(twin)) say(`no page in the other language at /${twin}`);
      const switcher = root
        .querySelectorAll('a[hreflang]')
        .find((a) => a.getAttribute('href')?.endsWith(`/${twin}`) || (twin === '' && a.getAttribute('href') === '/'));
      if (!switcher) say(`no link with hreflang to /${twin}`);
      const alternates = Object.fromEntries(
        root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      if (alternates.id !== `${SITE_ROOT}${bare}`) say(`hreflang id alternate is ${alternates.id}`);
      if (alternates.en !== `${SITE_ROOT}en/${bare}`) say(`hreflang en alternate is ${alternates.en}`);
      if (alternates['x-default'] !== `${SITE_ROOT}${bare}`) say(`x-default alternate is ${alternates['x-default']}`);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical !== `${SITE_ROOT}${path}`) say(`canonical is ${canonical}`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps readers in their language: links to pages stay in the page's language, except the language switch", () => {
    const root = new URL(SITE_ROOT);
    const strays: string[] = [];
    for (const file of htmlPages()) {
      if (file === '404.html') continue;
      const english = file.startsWith('en/');
      for (const a of readPage(file).querySelectorAll('a[href]')) {
        if (a.getAttribute('hreflang')) continue;
        const url = new URL(a.getAttribute('href')!, new URL(pageUrlPath(file), SITE_ROOT));
        if (url.origin !== root.origin || !url.pathname.endsWith('/')) continue;
        const path = url.pathname.slice(root.pathname.length);
        if (path.startsWith('en/') !== english) strays.push(`${file}: ${a.getAttribute('href')}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('has a title, description, Open Graph and Twitter meta with the share image on every page', () => {
    const problems: string[] = [];
    for (const file of htmlPages()) {
      const root = readPage(file);
      const meta = (selector: string) => root.querySelector(selector)?.getAttribute('content');
      if (!textOf(root.querySelector('title'))) problems.push(`${file}: no <title>`);
      for (const selector of [
        'meta[name="description"]',
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[name="twitter:card"]',
      ]) {
        if (!meta(selector)) problems.push(`${file}: no ${selector}`);
      }
      for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        if (meta(selector) !== `${SITE_ROOT}share.png`) problems.push(`${file}: ${selector} is ${meta(selector)}`);
      }
      if (file !== '404.html' && meta('meta[property="og:url"]') !== `${SITE_ROOT}${pageUrlPath(file)}`)
        problems.push(`${file}: og:url is ${meta('meta[property="og:url"]')}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no page that says "undefined", "NaN" or "[object Object]"', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const file of pages) {
      // Scripts may legitimately test for undefined; what a reader sees and attributes may not.
      const html = readPage(file)
        .toString()
        .replace(/<script\b[\s\S]*?<\/script>/g, '');
      const match = /\bundefined\b|\bNaN\b|\[object Object\]/.exec(html);
      if (match) leaks.push(`${file}: …${html.slice(Math.max(0, match.index - 60), match.index + 30)}…`);
    }
    expect(leaks).toEqual([]);
  });

  it('has no words run together around dates and figures (a space lost in a template)', () => {
    const joined: string[] = [];
    for (const file of htmlPages()) {
      const html = readPage(file).toString();
      for (const match of html.matchAll(/[\p{L}\p{N}]<time\b|<\/time>[\p{L}\p{N}]|<\/strong>[\p{L}\p{N}]|[\p{L}\p{N}]<strong\b/gu)) {
        joined.push(`${file}: …${html.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
      }
    }
    expect(joined).toEqual([]);
  });

  it('shows the data-as-of date on every page', () => {
    const asOf = data.sources
      .map((s) => s.accessed)
      .sort()
      .at(-1);
    const missing = htmlPages().filter((file) => !readPage(file).querySelector(`footer time[datetime="${asOf}"]`));
    expect(missing).toEqual([]);
  });
});

describe('links to the dataset rows a page shows', () => {
  /** Line of each row in a CSV, by its first cell (the files have no line breaks inside cells for these tables). */
  const lineOf = (table: string, id: string) => {
    const lines = readFileSync(join(ROOT, 'data', `${table}.csv`), 'utf8').split('\n');
    const index = lines.findIndex((line) => line.split(',')[0] === id);
    if (index < 0) throw new Error(`${id} not in ${table}.csv`);
    return index + 1;
  };
  const rowLinks = (file: string) =>
    readPage(file)
      .querySelectorAll('.page-rows a')
      .map((a) => a.getAttribute('href') ?? '');

  it.each(data.kelurahan.map((k) => [k.slug, k.code] as const))(
    'kelurahan/%s/ links to its own row of kelurahan.csv, in both languages',
    (slug, code) => {
      for (const file of [`kelurahan/${slug}/index.html`, `en/kelurahan/${slug}/index.html`]) {
        expect(
          rowLinks(file).some((href) => href.endsWith(`data/kelurahan.csv#L${lineOf('kelurahan', code)}`)),
          file,
        ).toBe(true);
      }
    },
  );

  it('the build sites page links to every site row and every status row', () => {
    const links = rowLinks('gerai-gudang/index.html');
    for (const site of data.sites)
      expect(
        links.some((href) => href.endsWith(`data/sites.csv#L${lineOf('sites', site.id)}`)),
        site.id,
      ).toBe(true);
    for (const status of data.site_status)
      expect(
        links.some((href) => href.endsWith(`data/site_status.csv#L${lineOf('site_status', status.id)}`)),
        status.id,
      ).toBe(true);
  });
});

describe('kelurahan figures', () => {
  const urlOf = (id: string) => data.sources.find((s) => s.id === id)!.url;
  it.each(data.kelurahan.map((k) => [k.slug, k] as const))(
    'kelurahan/%s/ shows its population and area with their sources, or says they are unknown',
    (slug, k) => {
      for (const [file, locale] of [
        [`kelurahan/${slug}/index.html`, 'id-ID'],
        [`en/kelurahan/${slug}/index.html`, 'en-GB'],
      ] as const) {
        const [population, area] = readPage(file).querySelectorAll('.kelurahan-figures dd');
        expect(population?.getAttribute('data-value'), file).toBe(k.population === undefined ? 'unknown' : String(k.population));
        expect(area?.getAttribute('data-value'), file).toBe(k.area_km2 === undefined ? 'unknown' : String(k.area_km2));
        if (k.population === undefined) expect(population!.querySelector('.unknown'), file).toBeTruthy();
        else {
          expect(textOf(population), file).toContain(new Intl.NumberFormat(locale).format(k.population));
          expect(textOf(population), file).toContain(String(k.population_year));
          expect(
            population!.querySelectorAll('a[data-source]').map((a) => a.getAttribute('href')),
            file,
          ).toEqual([urlOf(k.population_source_id!)]);
        }
        if (k.area_km2 === undefined) expect(area!.querySelector('.unknown'), file).toBeTruthy();
        else {
          expect(textOf(area), file).toContain(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(k.area_km2));
          expect(
            area!.querySelectorAll('a[data-source]').map((a) => a.getAttribute('href')),
            file,
          ).toEqual([urlOf(k.area_source_id!)]);
        }
      }
    },
  );
});

describe('disagreements between sources', () => {
  it('are shown in full on every page that lists them among its rows', () => {
    const hidden: string[] = [];
    for (const file of htmlPages()) {
      const root = readPage(file);
      const listed = root.querySelectorAll('.page-rows a[href*="data/disagreements.csv#L"]').map((a) => a.getAttribute('title') ?? '');
      for (const id of listed) if (!root.querySelector(`[data-disagreement="${id}"]`)) hidden.push(`${file}: ${id}`);
    }
    expect(hidden).toEqual([]);
  });

  it('flag each build site an open disagreement concerns, on the sites page and on its kelurahan page, linking to the disagreement', () => {
    const concerning = data.disagreements.filter((d) => d.status === 'open' && d.rows.some((r) => r.startsWith('sites:')));
    expect(concerning.length, 'the data has a disagreement about a site to check this with').toBeGreaterThan(0);
    for (const d of concerning) {
      for (const ref of d.rows.filter((r) => r.startsWith('sites:'))) {
        const site = data.sites.find((s) => `sites:${s.id}` === ref)!;
        const slug = data.kelurahan.find((k) => k.code === site.kelurahan_code)!.slug;
        for (const file of [
          'gerai-gudang/index.html',
          `en/gerai-gudang/index.html`,
          `kelurahan/${slug}/index.html`,
          `en/kelurahan/${slug}/index.html`,
        ]) {
          const root = readPage(file);
          const card = root.querySelector(`.site-card[data-site="${site.id}"]`);
          expect(card?.querySelector(`a[href="#${d.id}"]`), `${file}: site ${site.id} links to disagreement ${d.id}`).toBeTruthy();
          expect(root.querySelector(`#${d.id}[data-disagreement="${d.id}"]`), `${file}: disagreement ${d.id} is on the page`).toBeTruthy();
        }
      }
    }
  });
});
