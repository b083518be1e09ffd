/**
 * Frontmatter of a news article. Source ids and kelurahan codes are checked against the
 * dataset, so an article cannot cite a source or name a kelurahan the data does not have:
 * the build stops with the field, the bad value and the fix.
 */
import { z } from 'zod';
import { isCalendarDate } from '../data/schema/fields';
import type { Tables } from '../data/schema/index';

/** YAML reads an unquoted 2025-10-24 as a Date; keep dates as yyyy-mm-dd text like the CSVs. */
const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isCalendarDate, { message: 'Write the date as yyyy-mm-dd, a real calendar day (for example 2025-10-24).' }),
);

export function newsSchema(data: Pick<Tables, 'sources' | 'kelurahan'>) {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const kelurahan = new Map(data.kelurahan.map((k) => [k.code, k.name]));
  const example = data.kelurahan[0];
  return z
    .object({
      /** Headline, in the article's language. */
      title: z.string().min(1).max(160),
      /** The day we published the article. */
      date: isoDay,
      /** The day of the event or report the article is about, if it is about one. */
      covers: isoDay.optional(),
      /** One or two sentences for the news index, the feed and share previews. */
      summary: z.string().min(1).max(320),
      /** Language of the article; it must match the folder (id/ or en/). */
      lang: z.enum(['id', 'en']),
      /** Ids from data/sources.csv that the article relies on. */
      sources: z.array(z.string()).min(1, 'List at least one source id from data/sources.csv under "sources".'),
      /** Kemendagri codes from data/kelurahan.csv of the kelurahan the article is about. */
      kelurahan: z.array(z.string()).default([]),
    })
    .strict()
    .superRefine((article, ctx) => {
      article.sources.forEach((id, i) => {
        if (!sourceIds.has(id))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['sources', i],
            message: `Unknown source id "${id}": it is not in data/sources.csv. Add the source to data/sources.csv first, or correct the id.`,
          });
      });
      article.kelurahan.forEach((code, i) => {
        if (!kelurahan.has(code))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['kelurahan', i],
            message: `Unknown kelurahan code "${code}": it is not in data/kelurahan.csv. Use a Kemendagri code from that file${example ? `, such as ${example.code} (${example.name})` : ''}.`,
          });
      });
    });
}
