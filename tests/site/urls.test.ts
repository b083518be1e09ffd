/**
 * The URL builder (src/urls.ts) names only addresses the build serves: every page path in both
 * languages (anchors included), every API file and every other file. A route renamed without
 * its builder, or the other way round, fails here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { listReleases, LATEST_FOLDER } from '../../src/data/release/published';
import { kecamatanSummaries } from '../../src/data/views/kecamatan';
import { LANGS } from '../../src/i18n/lang';
import { apiFiles, apiPath, pagePath, pagePaths, releaseFilePath, siteFiles } from '../../src/urls';
import { fileForPath, readPage, requireBuild, ROOT, SITE_DIST } from '../support/site';

beforeAll(() => requireBuild());

/** The page paths of the builder, with one example for each that takes a value. */
function examplePagePaths(): string[] {
  const data = loadDataset();
  const releases = listReleases();
  const [kelurahan] = data.kelurahan;
  const [site] = data.sites;
  const [event] = data.events;
  // An article's slug is its file name in src/content/news/id/.
  const article = readdirSync(join(ROOT, 'src/content/news/id'))
    .find((f) => f.endsWith('.mdx'))
    ?.replace(/\.mdx$/, '');
  const values: Record<string, string | undefined> = {
    kelurahan: kelurahan?.slug,
    kecamatan: kecamatanSummaries(data)[0]?.slug,
    site: site?.id,
    event: event?.id,
    article,
    fieldDocs: 'kelurahan',
    release: releases[0] ? LATEST_FOLDER : undefined,
    releaseVersion: releases[0]?.version,
  };
  return Object.entries(pagePaths).flatMap(([name, path]) => {
    if (typeof path === 'string') return [path];
    const value = values[name];
    if (value === undefined) throw new Error(`tests/site/urls.test.ts has no example for pagePaths.${name}: add one.`);
    return [path(value)];
  });
}

describe('URL builder', () => {
  it('names pages the build serves, in both languages, with their anchors', () => {
    const missing: string[] = [];
    for (const lang of LANGS) {
      for (const path of examplePagePaths()) {
        if (path === pagePaths.notFound && lang === 'en') continue; // one 404 page, in both languages
        const [page, anchor] = pagePath(lang, path).split('#') as [string, string | undefined];
        const file = fileForPath(page === `/${pagePaths.notFound}` ? '/404.html' : page);
        if (!file) missing.push(`${lang}: ${path}`);
        else if (anchor && !readPage(file.slice(SITE_DIST.length + 1)).querySelector(`[id="${anchor}"]`))
          missing.push(`${lang}: ${path} (no #${anchor})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names API files and other files the build serves', () => {
    const data = loadDataset();
    const api = Object.values(apiFiles).map((file) =>
      typeof file === 'string'
        ? file
        : file === apiFiles.kelurahan
          ? apiFiles.kelurahan(data.kelurahan[0]!.code)
          : apiFiles.table('kelurahan'),
    );
    const paths = [...api.map(apiPath), ...Object.values(siteFiles)];
    if (listReleases()[0]) paths.push(releaseFilePath(LATEST_FOLDER, 'manifest.json'));
    expect(paths.filter((path) => !fileForPath(path))).toEqual([]);
  });
});
