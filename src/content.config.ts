/**
 * Content collections. News articles are MDX files in src/content/news/<lang>/<slug>.mdx;
 * the same slug in id/ and en/ makes one article in two languages. NEWS_DIR points the
 * collection elsewhere (the tests use it to build with a broken article).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { newsSchema } from './content/news-schema';
import { getDataset } from './data/load';

const news = defineCollection({
  loader: glob({ pattern: '{id,en}/*.mdx', base: process.env.NEWS_DIR ?? './src/content/news' }),
  schema: newsSchema(getDataset()),
});

export const collections = { news };
