/**
 * The documents of the static JSON API (/api/v1/), built from the validated dataset with the
 * same derived views as the pages (src/data/views/kelurahan.ts) and the same row shape as the release
 * JSON files (src/data/package/row-json.ts). Every link is absolute and includes the base path.
 */
import { t, type Text } from '../i18n/catalogue';
import { LICENCES } from '../data/package/datapackage';
import { ATTRIBUTION_FILE } from '../data/release/build';
import { MANIFEST_FILE } from '../data/release/manifest';
import { LATEST_FOLDER, type Release } from '../data/release/published';
import { rowJson, tableJson, type JsonRow, type JsonValue } from '../data/package/row-json';
import { tableNames, type TableName, type Tables } from '../data/schema/index';
import { dataAsOf, kelurahanRecord, kelurahanRecords, type KelurahanRecord } from '../data/views/kelurahan';
import { absoluteUrl, API_VERSION, apiFiles, apiUrl, latestTablePath, pagePaths, pageUrl, releaseFilePath, siteFiles } from '../urls';

/** A label in both languages, as the API serves labels: { id, en }. */
const bilingual = (label: (text: Text) => string) => ({ id: label(t('id')), en: label(t('en')) });

export interface ApiReleaseInfo {
  version: string;
  date: string;
  changedSince: boolean;
}

function apiMeta(data: Tables, release: ApiReleaseInfo | undefined, extra: Record<string, JsonValue> = {}): Record<string, JsonValue> {
  return {
    api: API_VERSION,
    data_as_of: dataAsOf(data) ?? null,
    latest_release: release
      ? { version: release.version, date: release.date, url: absoluteUrl(pagePaths.releaseVersion(release.version)) }
      : null,
    // The API follows the data the site shows, which may be ahead of the newest release.
    changed_since_release: release ? release.changedSince : true,
    licence: {
      data: LICENCES['CC-BY-4.0'].name,
      codes_and_boundaries: LICENCES.MIT.name,
      attribution: absoluteUrl(releaseFilePath(LATEST_FOLDER, ATTRIBUTION_FILE)),
    },
    documentation: absoluteUrl(pagePaths.apiDocs),
    openapi: apiUrl(apiFiles.openapi),
    ...extra,
  };
}

/** The flat columns of the kelurahan listing, the same in its JSON and CSV forms. */
export const KELURAHAN_LIST_COLUMNS = [
  'code',
  'name',
  'slug',
  'bps_code',
  'kecamatan_code',
  'kecamatan_name',
  'cooperative_id',
  'cooperative_name',
  'cooperative_name_basis',
  'furthest_stage',
  'furthest_stage_id',
  'furthest_stage_en',
  'furthest_stage_basis',
  'furthest_stage_date',
  'has_own_facts',
  'api_url',
  'page_url',
  'page_url_en',
] as const;

export type KelurahanListRow = Record<(typeof KELURAHAN_LIST_COLUMNS)[number], string | boolean | null>;

function kelurahanListRow(record: KelurahanRecord): KelurahanListRow {
  const { kelurahan, kecamatan, cooperative, progress } = record;
  return {
    code: kelurahan.code,
    name: kelurahan.name,
    slug: kelurahan.slug,
    bps_code: kelurahan.bps_code,
    kecamatan_code: kecamatan.code,
    kecamatan_name: kecamatan.name,
    cooperative_id: cooperative?.id ?? null,
    cooperative_name: cooperative?.name ?? null,
    cooperative_name_basis: cooperative?.name_basis ?? null,
    furthest_stage: progress.level,
    furthest_stage_id: t('id').views.progress[progress.level],
    furthest_stage_en: t('en').views.progress[progress.level],
    furthest_stage_basis: progress.basis ?? null,
    furthest_stage_date: progress.date ?? null,
    has_own_facts: record.hasOwnFacts,
    api_url: apiUrl(apiFiles.kelurahan(kelurahan.code)),
    page_url: pageUrl('id', pagePaths.kelurahan(kelurahan.slug)),
    page_url_en: pageUrl('en', pagePaths.kelurahan(kelurahan.slug)),
  };
}

export function kelurahanList(data: Tables, release: ApiReleaseInfo | undefined) {
  const rows = kelurahanRecords(data).map(kelurahanListRow);
  return { meta: apiMeta(data, release, { count: rows.length, csv: apiUrl(apiFiles.kelurahanCsv) }), data: rows };
}

function withBasis(name: TableName, row: object & { basis: string }): JsonRow {
  return { ...rowJson(name, row), basis: row.basis };
}

/** The joined record of one kelurahan: its cooperative, partnerships, sites with statuses, events and sources. */
export function kelurahanDocument(data: Tables, code: string, release: ApiReleaseInfo | undefined) {
  const record = kelurahanRecord(data, code);
  if (!record) throw new Error(`No kelurahan with code ${code}`);
  const partners = new Map(data.partners.map((p) => [p.id, p]));
  // kelurahanRecord cites the rows' source lists; the sources of single figures (population, area, coordinates) are cited too.
  const figureSources = [
    record.kelurahan.population_source_id,
    record.kelurahan.area_source_id,
    ...record.sites.map((s) => s.coordinates_source_id),
  ];
  const cited = new Set([...record.sources.map((s) => s.id), ...figureSources.filter((id): id is string => !!id)]);
  const sources = data.sources.filter((s) => cited.has(s.id)).sort((a, b) => a.id.localeCompare(b.id));
  return {
    meta: apiMeta(data, release, { self: apiUrl(apiFiles.kelurahan(code)), list: apiUrl(apiFiles.kelurahanList) }),
    data: {
      kelurahan: rowJson('kelurahan', record.kelurahan),
      kecamatan: rowJson('kecamatan', record.kecamatan),
      cooperative: record.cooperative ? rowJson('cooperatives', record.cooperative) : null,
      furthest_stage: {
        level: record.progress.level,
        label: bilingual((text) => text.views.progress[record.progress.level]),
        basis: record.progress.basis ?? null,
        date: record.progress.date ?? null,
      },
      stages: record.stages.map((row) => withBasis('cooperative_stages', row)),
      partnerships: record.partnerships.map((row) => ({
        ...withBasis('partnerships', row),
        partner: partners.has(row.partner_id) ? rowJson('partners', partners.get(row.partner_id)!) : null,
      })),
      sites: record.sites.map(({ statuses, ...site }) => ({ ...rowJson('sites', site), statuses: tableJson('site_status', statuses) })),
      events: tableJson('events', record.events),
      disagreements: tableJson('disagreements', record.disagreements),
      sources: tableJson('sources', sources),
      unknown: record.unknowns.map((key) => ({ item: key, label: bilingual((text) => text.views.unknown[key]) })),
      links: {
        page: pageUrl('id', pagePaths.kelurahan(record.kelurahan.slug)),
        page_en: pageUrl('en', pagePaths.kelurahan(record.kelurahan.slug)),
      },
    },
  };
}

export function tableDocument<N extends TableName>(data: Tables, name: N, release: ApiReleaseInfo | undefined) {
  const rows = tableJson(name, data[name]);
  return {
    meta: apiMeta(data, release, {
      table: name,
      count: rows.length,
      documentation: absoluteUrl(pagePaths.fieldDocs(name)),
      latest_release_csv: release ? absoluteUrl(latestTablePath(name)) : null,
    }),
    data: rows,
  };
}

export function apiIndex(data: Tables, release: ApiReleaseInfo | undefined) {
  return {
    meta: apiMeta(data, release),
    endpoints: {
      kelurahan: apiUrl(apiFiles.kelurahanList),
      kelurahan_csv: apiUrl(apiFiles.kelurahanCsv),
      kelurahan_record: apiUrl(apiFiles.kelurahan('{code}')),
      tables: Object.fromEntries(tableNames.map((name) => [name, apiUrl(apiFiles.table(name))])),
      releases: apiUrl(apiFiles.releases),
      openapi: apiUrl(apiFiles.openapi),
    },
  };
}

export const jsonResponse = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** Every release, newest first, with absolute links to each file. */
export function releasesDocument(releases: Release[], changedSinceLatest: boolean) {
  const url = (folder: string, file = '') => absoluteUrl(releaseFilePath(folder, file));
  return {
    meta: {
      api: API_VERSION,
      latest: releases[0]?.version ?? null,
      latest_url: releases[0] ? url(LATEST_FOLDER) : null,
      changed_since_release: changedSinceLatest,
      changelog: absoluteUrl(pagePaths.changelog),
      feed: absoluteUrl(siteFiles.releasesFeed),
    },
    releases: releases.map((r) => ({
      version: r.version,
      date: r.date,
      bump: r.bump,
      previous: r.previous ?? null,
      summary: r.summary,
      url: url(r.folder),
      manifest: url(r.folder, MANIFEST_FILE),
      files: r.files.map((f) => ({ ...f, url: url(r.folder, f.path) })),
    })),
  };
}
