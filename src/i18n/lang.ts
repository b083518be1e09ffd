/** The languages of the site, Indonesian first. URLs are built in src/urls.ts. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The BCP 47 locale of each language: Intl formatting, feeds, Open Graph. */
export const LOCALES = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Lang, string>;
