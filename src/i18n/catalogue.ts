/**
 * The text catalogue: every word a reader sees, in Indonesian and English, as one typed object
 * per language. Pages, components, charts, the map, the API and the command-line tools all read
 * it through `t(lang)`:
 *
 *   t(lang).ui.unknown                        // a string
 *   t(lang).pages.home.lead(34)               // a message with values is a typed function
 *   t('en').release.messages['bad-date']({ date, last })
 *
 * Add a key: write it in both `id` and `en` of its namespace in src/i18n/text/<namespace>.ts.
 * A key missing from or extra in either language, or a message whose parameters differ, fails
 * `npm run typecheck` (see defineText). Keys named by the data (stages, unknown items, schema
 * change kinds) are typed by the data's own union, so a new stage without a label fails too.
 *
 * Add a namespace: create src/i18n/text/<name>.ts exporting `defineText({ id: { … }, en: { … } })`
 * and list it in `namespaces` below; it is then `t(lang).<name>`.
 *
 * This module and src/i18n/text/ import nothing from the data library or the site except types,
 * so every layer (the validator and release tools included) can use the catalogue.
 */
import type { Lang } from './lang';
import { charts } from './text/charts';
import { data } from './text/data';
import { map } from './text/map';
import { methodology } from './text/methodology';
import { pages } from './text/pages';
import { release } from './text/release';
import { ui } from './text/ui';
import { views } from './text/views';

const namespaces = { ui, pages, map, charts, methodology, data, views, release };

/** Every namespace, both languages. */
export type Namespaces = typeof namespaces;
/** The catalogue in one language. */
export type Text = { [N in keyof Namespaces]: Namespaces[N]['id'] };

function inLanguage(lang: Lang): Text {
  return Object.fromEntries(Object.entries(namespaces).map(([name, text]) => [name, text[lang]])) as Text;
}

const catalogue: Record<Lang, Text> = { id: inLanguage('id'), en: inLanguage('en') };

/** Every reader-facing text in one language. */
export function t(lang: Lang): Text {
  return catalogue[lang];
}
