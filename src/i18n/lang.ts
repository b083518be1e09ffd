/**
 * Languages and URLs. Slug rule: every page has the same Indonesian path in both languages,
 * and English pages are prefixed with /en/ — /kelurahan/graha-indah/ and /en/kelurahan/graha-indah/.
 */
import { site } from '../config/site';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The BCP 47 locale of each language: Intl formatting, feeds, Open Graph. */
export const LOCALES = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Lang, string>;
export const DEFAULT_LANG: Lang = 'id';

/** Values for a `[...lang]` route parameter: undefined serves Indonesian at the root. */
export const langParams = () => [{ params: { lang: undefined } }, { params: { lang: 'en' } }];

export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'id';
}

/** Site-relative path of a page in a language, without the base: ("en", "kelurahan/x/") → "/en/kelurahan/x/". */
export function pagePath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `/${lang === 'en' ? 'en/' : ''}${clean}`;
}

/** Adds the deployment base path to a site-relative path. */
export function withBase(path: string): string {
  return `${site.base}${path.replace(/^\/+/, '')}`;
}

/** Full link to a page in a language, base included. */
export function href(lang: Lang, path = ''): string {
  return withBase(pagePath(lang, path));
}

/** Absolute URL, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBase(path)}`;
}

/** The page path without its language prefix, from a site-relative path (base already removed). */
export function pathWithoutLang(path: string): string {
  return path.replace(/^\/?(en\/|en$)?/, '');
}

/** The language of a built page from its URL (base path included), for components that only see the URL. */
export function langOfUrl(url: URL): Lang {
  const path = url.pathname.startsWith(site.base) ? url.pathname.slice(site.base.length) : url.pathname.replace(/^\/+/, '');
  return /^en(\/|$)/.test(path) ? 'en' : 'id';
}
