/** /data/rilis.xml: an RSS feed announcing every data release, titles in Indonesian and English. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { isEmptyDiff } from '../../data/files/diff';
import { listReleases, releaseChangelog } from '../../data/release/published';
import { site } from '../../config/site';
import { t } from '../../i18n/catalogue';
import { absoluteUrl, pagePaths } from '../../urls';

export const GET: APIRoute = () => {
  const id = t('id').data;
  const en = t('en').data;
  return rss({
    title: `${id.feed.title} / ${en.feed.title}`,
    description: `${id.feed.description} / ${en.feed.description}`,
    site: site.url,
    customData: '<language>id</language>',
    items: listReleases().map((release) => {
      const entry = releaseChangelog(release);
      const counts = entry.tables
        .filter((d) => !isEmptyDiff(d))
        .map((d) => `${d.table}: +${d.added.length} ~${d.changed.length} -${d.removed.length}`)
        .join('; ');
      return {
        title: `${id.feed.item(release.version, release.summary.id)} / ${release.summary.en}`,
        link: absoluteUrl(pagePaths.release(release.folder)),
        pubDate: new Date(`${release.date}T00:00:00+08:00`),
        description: `${release.summary.id} — ${release.summary.en}${counts ? ` (${counts})` : ''}`,
      };
    }),
  });
};
