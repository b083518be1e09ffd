/**
 * The news feed, one per language: /berita/rss.xml and /en/berita/rss.xml. Links are
 * absolute and include the base path.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesIn, slugOf } from '../../../components/news/articles';
import { LOCALES } from '../../../i18n/lang';
import { t } from '../../../i18n/catalogue';
import { langOf, langParams, pagePaths, pageUrl } from '../../../urls';

export const getStaticPaths = langParams;

export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const articles = await articlesIn(lang);
  return rss({
    title: `${t(lang).ui.siteName}: ${t(lang).pages.news.title}`,
    description: t(lang).pages.news.description,
    site: pageUrl(lang),
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: new Date(`${article.data.date}T00:00:00+08:00`),
      link: pageUrl(lang, pagePaths.article(slugOf(article))),
    })),
    customData: `<language>${LOCALES[lang]}</language>`,
    trailingSlash: true,
  });
};
