/**
 * The static JSON API agrees with the CSV files in data/. Expectations are computed here from
 * the CSVs, parsed with csv-parse, not from the code that builds the API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, SITE_ROOT } from './site';

type Row = Record<string, string>;
const csv = (table: string) => parse(readFileSync(`data/${table}.csv`), { columns: true, bom: true }) as Row[];
const list = (cell: string | undefined) => (cell ? cell.split(';') : []);

const kelurahan = csv('kelurahan');
const kecamatan = csv('kecamatan');
const cooperatives = csv('cooperatives');
const stages = csv('cooperative_stages');
const partnerships = csv('partnerships');
const sites = csv('sites');
const siteStatus = csv('site_status');
const events = csv('events');
const disagreements = csv('disagreements');
const sources = csv('sources');

/** A JSON value as it would be written in a CSV cell. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Compares a JSON row to a CSV row cell by cell; numbers by value, since "-1.2150" is -1.215. */
function expectSameRow(json: Record<string, unknown>, row: Row, label: string) {
  for (const [column, text] of Object.entries(row)) {
    const value = json[column];
    if (typeof value === 'number') expect(value, `${label}.${column}`).toBe(Number(text));
    else expect(cell(value), `${label}.${column}`).toBe(text);
  }
}

// The furthest stage: the stage table's and the partnership table's steps, in order (methodology).
const LEVELS = [
  'unknown',
  'musyawarah',
  'notary-deed',
  'legal-entity',
  'business-ids',
  'partnership-applied',
  'partnership-signed',
  'operating',
];
const STAGE_STEP: Row = {
  musyawarah: 'musyawarah',
  'notary-deed': 'notary-deed',
  'legal-entity': 'legal-entity',
  nib: 'business-ids',
  npwp: 'business-ids',
  operating: 'operating',
};
const PARTNERSHIP_STEP: Row = {
  applied: 'partnership-applied',
  'requirements-met': 'partnership-applied',
  'agreement-signed': 'partnership-signed',
  active: 'partnership-signed',
};
const concerns = (row: Row, cooperative: Row | undefined) =>
  !!cooperative && (row.scope === 'all-cooperatives' || row.cooperative_id === cooperative.id);

/** A row stated for every cooperative of the city is city-wide, never presented as about this one. */
const basisOf = (row: Row) => (row.scope === 'all-cooperatives' ? 'city-wide' : 'named');

function reachedFacts(cooperative: Row | undefined): { level: string; basis: string }[] {
  return [
    ...stages
      .filter((s) => s.status === 'reached' && concerns(s, cooperative))
      .map((s) => ({ level: STAGE_STEP[s.stage!]!, basis: basisOf(s) })),
    ...partnerships
      .filter((p) => concerns(p, cooperative) && PARTNERSHIP_STEP[p.stage!])
      .map((p) => ({ level: PARTNERSHIP_STEP[p.stage!]!, basis: basisOf(p) })),
  ];
}

function furthestStage(cooperative: Row | undefined): string {
  return reachedFacts(cooperative).reduce((best, { level }) => (LEVELS.indexOf(level) > LEVELS.indexOf(best) ? level : best), 'unknown');
}

/** named when any source names this cooperative at the furthest stage; city-wide when only city-wide statements reach it; null when unknown. */
function furthestBasis(cooperative: Row | undefined): string | null {
  const top = reachedFacts(cooperative).filter((f) => f.level === furthestStage(cooperative));
  if (!top.length) return null;
  return top.some((f) => f.basis === 'named') ? 'named' : 'city-wide';
}

interface ListResponse {
  meta: Record<string, unknown>;
  data: Record<string, unknown>[];
}

const site = builtSite();

describe('/api/v1/kelurahan.json', () => {
  let response: ListResponse;
  beforeAll(async () => {
    response = await site.json<ListResponse>('api/v1/kelurahan.json');
  });

  it('lists every kelurahan of kelurahan.csv once', () => {
    expect(response.data.map((k) => k.code).sort()).toEqual(kelurahan.map((k) => k.code).sort());
    expect(response.meta.count).toBe(kelurahan.length);
  });

  it('gives each its name, slug, kecamatan, cooperative and furthest stage as the CSVs say', () => {
    for (const row of kelurahan) {
      const served = response.data.find((k) => k.code === row.code)!;
      const cooperative = cooperatives.find((c) => c.kelurahan_code === row.code);
      expect(served.name, row.code).toBe(row.name);
      expect(served.slug, row.code).toBe(row.slug);
      expect(served.bps_code, row.code).toBe(row.bps_code);
      expect(served.kecamatan_code, row.code).toBe(row.kecamatan_code);
      expect(served.kecamatan_name, row.code).toBe(kecamatan.find((k) => k.code === row.kecamatan_code)!.name);
      expect(served.cooperative_id, row.code).toBe(cooperative?.id ?? null);
      expect(served.furthest_stage, row.code).toBe(furthestStage(cooperative));
      expect(served.furthest_stage_basis, row.code).toBe(furthestBasis(cooperative));
    }
  });

  it('serves the same rows as CSV for spreadsheets', async () => {
    const rows = parse(await site.text('api/v1/kelurahan.csv'), { columns: true }) as Row[];
    expect(rows.length).toBe(response.data.length);
    for (const [i, row] of rows.entries()) expectSameRow(response.data[i]!, row, `kelurahan.csv row ${i + 1}`);
  });

  it('links every record with absolute URLs under the site’s base path', async () => {
    for (const row of response.data) {
      expect(String(row.api_url).startsWith(SITE_ROOT)).toBe(true);
      expect(String(row.page_url).startsWith(SITE_ROOT)).toBe(true);
    }
    const first = response.data[0]!;
    expect((await site.json<{ data: { kelurahan: { code: string } } }>(String(first.api_url))).data.kelurahan.code).toBe(first.code);
  });
});

/** A row as the API serves it: its columns, and what it is joined with. */
type Served = Record<string, unknown> & { id: string; basis?: string; statuses?: Served[] };

interface KelurahanDocument {
  kelurahan: Record<string, unknown>;
  cooperative: Record<string, unknown> | null;
  furthest_stage: { level: string; basis: string | null };
  stages: Served[];
  partnerships: Served[];
  sites: Served[];
  events: Served[];
  disagreements: Served[];
  sources: Served[];
}

describe('/api/v1/kelurahan/{code}.json', () => {
  it.each(kelurahan.map((k) => k.code!))('%s joins the rows that concern it', async (code) => {
    const { data } = await site.json<{ data: KelurahanDocument }>(`api/v1/kelurahan/${code}.json`);
    const row = kelurahan.find((k) => k.code === code)!;
    const cooperative = cooperatives.find((c) => c.kelurahan_code === code);
    expectSameRow(data.kelurahan, row, 'kelurahan');
    if (cooperative) expectSameRow(data.cooperative!, cooperative, 'cooperative');
    else expect(data.cooperative).toBeNull();
    expect(data.furthest_stage.level).toBe(furthestStage(cooperative));
    expect(data.furthest_stage.basis).toBe(furthestBasis(cooperative));

    const myStages = stages.filter((s) => concerns(s, cooperative));
    const myPartnerships = partnerships.filter((p) => concerns(p, cooperative));
    const mySites = sites.filter((s) => s.kelurahan_code === code);
    const myEvents = events.filter((e) => e.kelurahan_code === code);
    expect(data.stages.map((s) => s.id).sort()).toEqual(myStages.map((s) => s.id).sort());
    expect(data.partnerships.map((p) => p.id).sort()).toEqual(myPartnerships.map((p) => p.id).sort());
    for (const p of myPartnerships)
      expectSameRow(
        data.partnerships.find((x) => x.id === p.id)!,
        p,
        `partnership ${p.id}`,
      );
    for (const r of myStages) expect(data.stages.find((x) => x.id === r.id)?.basis, `stage ${r.id}`).toBe(basisOf(r));
    for (const r of myPartnerships) expect(data.partnerships.find((x) => x.id === r.id)?.basis, `partnership ${r.id}`).toBe(basisOf(r));
    expect(data.sites.map((s) => s.id).sort()).toEqual(mySites.map((s) => s.id).sort());
    for (const s of mySites) {
      const served = data.sites.find((x) => x.id === s.id)!;
      expectSameRow(served, s, `site ${s.id}`);
      expect(served.statuses?.map((st) => st.id).sort()).toEqual(
        siteStatus
          .filter((st) => st.site_id === s.id)
          .map((st) => st.id)
          .sort(),
      );
    }
    expect(data.events.map((e) => e.id).sort()).toEqual(myEvents.map((e) => e.id).sort());

    // A disagreement concerns the kelurahan when it names it or one of the rows above.
    const rowRefs = new Set([
      ...myStages.map((r) => `cooperative_stages:${r.id}`),
      ...myPartnerships.map((r) => `partnerships:${r.id}`),
      ...mySites.map((r) => `sites:${r.id}`),
      ...siteStatus.filter((st) => mySites.some((s) => s.id === st.site_id)).map((r) => `site_status:${r.id}`),
      ...myEvents.map((r) => `events:${r.id}`),
    ]);
    const myDisagreements = disagreements.filter((d) => list(d.kelurahan_codes).includes(code) || list(d.rows).some((r) => rowRefs.has(r)));
    expect(data.disagreements.map((d) => d.id).sort()).toEqual(myDisagreements.map((d) => d.id).sort());

    const cited = new Set(
      [
        ...list(row.source_ids),
        row.population_source_id,
        row.area_source_id,
        ...list(cooperative?.source_ids),
        cooperative?.member_count_source_id,
        ...[...myStages, ...myPartnerships, ...myEvents, ...myDisagreements].flatMap((r) => list(r.source_ids)),
        ...mySites.flatMap((s) => [...list(s.source_ids), s.coordinates_source_id]),
        ...siteStatus.filter((st) => mySites.some((s) => s.id === st.site_id)).flatMap((st) => list(st.source_ids)),
      ].filter((id): id is string => !!id),
    );
    expect(data.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    for (const s of data.sources)
      expectSameRow(
        s,
        sources.find((x) => x.id === s.id)!,
        `source ${s.id}`,
      );
  });
});

describe('/api/v1/tables/{table}.json', () => {
  it.each(
    readdirSync('data')
      .filter((f) => f.endsWith('.csv'))
      .map((f) => f.replace(/\.csv$/, '')),
  )('%s holds every row of the CSV, cell for cell', async (table) => {
    const { data, meta } = await site.json<{ data: Record<string, unknown>[]; meta: { count: number } }>(`api/v1/tables/${table}.json`);
    const rows = csv(table);
    expect(data.length).toBe(rows.length);
    expect(meta.count).toBe(rows.length);
    rows.forEach((row, i) => expectSameRow(data[i]!, row, `${table} row ${i + 1}`));
    // Unknown is a value: every column is present, empty cells as null.
    for (const [i, row] of rows.entries()) expect(Object.keys(data[i]!)).toEqual(Object.keys(row));
  });
});

describe('/api/v1/openapi.json and index.json', () => {
  it('describe every served row: each table and the kelurahan list validate against their component schemas', async () => {
    const openapi = await site.json<{ components: { schemas: Record<string, object> } }>('api/v1/openapi.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat('uri', /^https?:\/\//);
    ajv.addSchema({ $id: 'openapi', components: openapi.components });
    for (const file of readdirSync('data').filter((f) => f.endsWith('.csv'))) {
      const table = file.replace(/\.csv$/, '');
      const validate = ajv.getSchema(`openapi#/components/schemas/${table}`)!;
      const { data } = await site.json<{ data: unknown[] }>(`api/v1/tables/${table}.json`);
      for (const row of data) expect(validate(row) ? [] : validate.errors, table).toEqual([]);
      // The schemas do refuse a wrong row: a number where the CSV's first column has text.
      if (data[0]) expect(validate({ ...(data[0] as object), [Object.keys(data[0] as object)[0]!]: 12345 }), table).toBe(false);
    }
    const validateList = ajv.getSchema('openapi#/components/schemas/KelurahanListRow')!;
    for (const row of (await site.json<{ data: unknown[] }>('api/v1/kelurahan.json')).data)
      expect(validateList(row) ? [] : validateList.errors).toEqual([]);
  });

  it('describe the endpoints that exist', async () => {
    const openapi = await site.json<{
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>('api/v1/openapi.json');
    expect(openapi.openapi).toMatch(/^3\.1\./);
    expect(openapi.servers[0]!.url.startsWith(SITE_ROOT)).toBe(true);
    const server = `${openapi.servers[0]!.url}`;
    await site.get(`${server}/kelurahan.json`);
    await site.get(`${server}/kelurahan.csv`);
    await site.get(`${server}/kelurahan/${kelurahan[0]!.code}.json`);
    await site.get(`${server}/tables/sites.json`);
    await site.get(`${server}/releases.json`);
    // The documented columns of each table are the CSV's columns.
    expect(Object.keys(openapi.components.schemas.sites!.properties!)).toEqual(Object.keys(sites[0]!));
    const index = await site.json<{ endpoints: Record<string, unknown> }>('api/v1/index.json');
    for (const link of Object.values(index.endpoints).flatMap((v) =>
      typeof v === 'string' ? [v] : Object.values(v as Record<string, string>),
    )) {
      if (!link.includes('{')) await site.get(link);
    }
  });
});
