/**
 * The news articles of one language, newest first, and the slug both languages share.
 * Every article must exist in both languages; a missing translation stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/lang';

export type Article = CollectionEntry<'news'>;

/** "id/2025-08-03-peluncuran-34-kkmp" → "2025-08-03-peluncuran-34-kkmp". */
export const slugOf = (article: Article) => article.id.split('/').slice(1).join('/');
const folderOf = (article: Article) => article.id.split('/')[0];

export async function allArticles(): Promise<Article[]> {
  const articles = await getCollection('news');
  for (const article of articles) {
    if (folderOf(article) !== article.data.lang)
      throw new Error(
        `News article ${article.id}: its frontmatter says lang: ${article.data.lang} but it is in the ${folderOf(article)}/ folder. Move the file or correct "lang".`,
      );
  }
  const slugs = (lang: Lang) => new Set(articles.filter((a) => a.data.lang === lang).map(slugOf));
  const [id, en] = [slugs('id'), slugs('en')];
  const missing = [
    ...[...id].filter((s) => !en.has(s)).map((s) => `en/${s}.mdx`),
    ...[...en].filter((s) => !id.has(s)).map((s) => `id/${s}.mdx`),
  ];
  if (missing.length)
    throw new Error(
      `Every news article needs both languages with the same file name. Missing: ${missing.map((m) => `src/content/news/${m}`).join(', ')}.`,
    );
  return articles;
}

export async function articlesIn(lang: Lang): Promise<Article[]> {
  return (await allArticles())
    .filter((a) => a.data.lang === lang)
    .sort(
      (a, b) =>
        b.data.date.localeCompare(a.data.date) ||
        (b.data.covers ?? '').localeCompare(a.data.covers ?? '') ||
        slugOf(b).localeCompare(slugOf(a)),
    );
}
