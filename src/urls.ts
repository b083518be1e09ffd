/**
 * Every URL of the site, built in one place (after Datasette's url_builder.py): the pages in
 * both languages, the JSON API, the release files and the feeds. Pages, components, the API and
 * the feeds ask this module for paths; nothing else concatenates them.
 *
 * Slug rule: every page has the same Indonesian path in both languages, and English pages are
 * prefixed with /en/ — /kelurahan/graha-indah/ and /en/kelurahan/graha-indah/.
 *
 * Three kinds of path:
 * - a page path (`pagePaths.kelurahan(slug)` → "kelurahan/graha-indah/"): no language, no base; what
 *   BaseLayout's `path` takes; `href(lang, path)` makes it a link, `pageUrl(lang, path)` absolute;
 * - a file path (`releaseFilePath(folder, file)`, `apiPath(file)`): the same in both languages;
 *   `withBase(path)` makes it a link, `absoluteUrl(path)` absolute;
 * - a route parameter: `langParams()` and `langOf(param)` for the `[...lang]` routes.
 */
import { site } from './config/site';
import { releaseFolder } from './data/release/manifest';
import { LATEST_FOLDER } from './data/release/published';
import { LANGS, type Lang } from './i18n/lang';

/** The `[...lang]` route parameter of a language: undefined serves Indonesian at the root. */
export const langParam = (lang: Lang) => (lang === 'en' ? 'en' : undefined);

/** Values for a `[...lang]` route parameter, one per language. */
export const langParams = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));

export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'id';
}

/** The language of a built page from its URL (base path included), for components that only see the URL. */
export function langOfUrl(url: URL): Lang {
  const path = url.pathname.startsWith(site.base) ? url.pathname.slice(site.base.length) : url.pathname.replace(/^\/+/, '');
  return /^en(\/|$)/.test(path) ? 'en' : 'id';
}

/** The pages, as paths without language prefix and base. */
export const pagePaths = {
  home: '',
  kelurahanIndex: 'kelurahan/',
  kelurahan: (slug: string) => `kelurahan/${slug}/`,
  kecamatanIndex: 'kecamatan/',
  kecamatan: (slug: string) => `kecamatan/${slug}/`,
  partnerships: 'kemitraan/',
  partnershipStatements: 'kemitraan/#statements',
  namedVersusCity: 'kemitraan/#named-vs-city',
  sites: 'gerai-gudang/',
  site: (id: string) => `gerai-gudang/#site-${id}`,
  timeline: 'linimasa/',
  event: (id: string) => `linimasa/#event-${id}`,
  map: 'peta/',
  news: 'berita/',
  article: (slug: string) => `berita/${slug}/`,
  newsFeed: 'berita/rss.xml',
  data: 'data/',
  apiDocs: 'data/#api',
  fieldDocs: (table: string) => `data/#fields-${table}`,
  /** A release folder: v1.0.0 or latest. */
  release: (folder: string) => `data/${folder}/`,
  releaseVersion: (version: string) => `data/${releaseFolder(version)}/`,
  changelog: 'data/perubahan/',
  methodology: 'metodologi/',
  notFound: '404/',
} as const;

/** Site-relative path of a page in a language, without the base: ("en", "kelurahan/x/") → "/en/kelurahan/x/". */
export function pagePath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `/${lang === 'en' ? 'en/' : ''}${clean}`;
}

/** Adds the deployment base path to a site-relative path. */
export function withBase(path: string): string {
  return `${site.base}${path.replace(/^\/+/, '')}`;
}

/** Link to a page in a language, base included. */
export function href(lang: Lang, path = ''): string {
  return withBase(pagePath(lang, path));
}

/** Absolute URL, for canonical links, feeds, the API and sitemaps. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBase(path)}`;
}

/** Absolute URL of a page in a language. */
export const pageUrl = (lang: Lang, path = '') => absoluteUrl(pagePath(lang, path));

/** A file of a release folder (v1.0.0 or latest), as served under /data/. */
export const releaseFilePath = (folder: string, file: string) => `data/${folder}/${file}`;

/** The newest release of one table, as CSV. */
export const latestTablePath = (table: string) => releaseFilePath(LATEST_FOLDER, `${table}.csv`);

export const API_VERSION = 'v1';
/** A file of the static JSON API. */
export const apiPath = (path: string) => `api/${API_VERSION}/${path.replace(/^\/+/, '')}`;
export const apiUrl = (path: string) => absoluteUrl(apiPath(path));

/** The files of the static JSON API (src/pages/api/v1/), relative to apiPath(''). */
export const apiFiles = {
  index: 'index.json',
  kelurahanList: 'kelurahan.json',
  kelurahanCsv: 'kelurahan.csv',
  kelurahan: (code: string) => `kelurahan/${code}.json`,
  table: (name: string) => `tables/${name}.json`,
  releases: 'releases.json',
  openapi: 'openapi.json',
} as const;

/** Other files the site serves. */
export const siteFiles = {
  releasesFeed: 'data/rilis.xml',
  sitemap: 'sitemap-index.xml',
  shareImage: 'share.png',
  favicon: 'favicon.svg',
  displayBoundaries: 'geo/kelurahan-display.json',
} as const;
