/**
 * Derived views of the validated dataset, shared by the site, the map, the API and the
 * scripts: per-kelurahan records, each cooperative's furthest confirmed stage, and what is
 * still unknown. City-wide statements apply to every cooperative and say so ("basis");
 * aggregate figures that name no kelurahan (indicators) are never spread onto kelurahan.
 */
import { rowRef, rowRefs, type RowRef } from '../row-refs';
import { kelurahanWithOwnFacts } from './coverage';
import type {
  Cooperative,
  CooperativeStageRow,
  Disagreement,
  Event,
  Kecamatan,
  Kelurahan,
  Partnership,
  Site,
  SiteStatusRow,
  Source,
  Tables,
} from '../schema/index';

/** How a fact reaches a cooperative: a source names it, or states it for every cooperative. */
export type Basis = 'named' | 'city-wide';

/**
 * Levels of progress, in order. "unknown" is a level of its own, never a gap in a chart.
 * Their labels are in the text catalogue (t(lang).views.progress).
 */
export const PROGRESS_ORDER = [
  'unknown',
  'musyawarah',
  'notary-deed',
  'legal-entity',
  'business-ids',
  'partnership-applied',
  'partnership-signed',
  'operating',
] as const;

export type ProgressLevel = (typeof PROGRESS_ORDER)[number];

export interface StageFact {
  level: ProgressLevel;
  basis: Basis;
  date: string;
  /** The row that supports it: a cooperative_stages or partnerships row. */
  row: CooperativeStageRow | Partnership;
}

export interface Progress {
  level: ProgressLevel;
  basis: Basis | undefined;
  /** The earliest date the furthest level is reported, and the rows reporting it. */
  date: string | undefined;
  facts: StageFact[];
}

const stageLevel: Record<CooperativeStageRow['stage'], ProgressLevel> = {
  musyawarah: 'musyawarah',
  'notary-deed': 'notary-deed',
  'legal-entity': 'legal-entity',
  nib: 'business-ids',
  npwp: 'business-ids',
  operating: 'operating',
};

const partnershipLevel: Partial<Record<Partnership['stage'], ProgressLevel>> = {
  applied: 'partnership-applied',
  'requirements-met': 'partnership-applied',
  'agreement-signed': 'partnership-signed',
  active: 'partnership-signed',
};

const appliesTo = (row: { scope: string; cooperative_id?: string | undefined }, cooperative: Cooperative) =>
  row.scope === 'all-cooperatives' || row.cooperative_id === cooperative.id;

const basisOf = (row: { scope: string }): Basis => (row.scope === 'all-cooperatives' ? 'city-wide' : 'named');

/** The furthest stage a cooperative has reached according to the sources, with its basis. */
export function progressOf(data: Pick<Tables, 'cooperative_stages' | 'partnerships'>, cooperative: Cooperative): Progress {
  const facts: StageFact[] = [];
  for (const row of data.cooperative_stages) {
    if (row.status === 'reached' && appliesTo(row, cooperative))
      facts.push({ level: stageLevel[row.stage], basis: basisOf(row), date: row.date, row });
  }
  for (const row of data.partnerships) {
    const level = partnershipLevel[row.stage];
    if (level && appliesTo(row, cooperative)) facts.push({ level, basis: basisOf(row), date: row.date, row });
  }
  const rank = (level: ProgressLevel) => PROGRESS_ORDER.indexOf(level);
  const top = facts.reduce<ProgressLevel>((best, f) => (rank(f.level) > rank(best) ? f.level : best), 'unknown');
  const atTop = facts.filter((f) => f.level === top).sort((a, b) => a.date.localeCompare(b.date));
  const basis = atTop.some((f) => f.basis === 'named') ? 'named' : atTop[0]?.basis;
  return { level: top, basis, date: atTop[0]?.date, facts };
}

export interface KelurahanRecord {
  kelurahan: Kelurahan;
  kecamatan: Kecamatan;
  cooperative: Cooperative | undefined;
  progress: Progress;
  /** Stage rows that concern this cooperative: named ones and city-wide ones. */
  stages: (CooperativeStageRow & { basis: Basis })[];
  partnerships: (Partnership & { basis: Basis })[];
  sites: (Site & { statuses: SiteStatusRow[] })[];
  events: Event[];
  disagreements: Disagreement[];
  /** Every source cited by the rows above, in id order. */
  sources: Source[];
  /** True when a source names this kelurahan's cooperative, site or events. */
  hasOwnFacts: boolean;
  /** What is not known yet. */
  unknowns: UnknownItem[];
  /** The dataset rows behind each part of the record, for the pages' "fix this data" links. */
  rows: RecordRows;
}

/** The rows of a kelurahan record, by part, as table:id. */
export interface RecordRows {
  /** The kelurahan and its kecamatan. */
  area: RowRef[];
  cooperative: RowRef[];
  /** The stage and partnership rows that put the cooperative at its furthest stage. */
  progress: RowRef[];
  stages: RowRef[];
  partnerships: RowRef[];
  /** Partnership rows that name this cooperative (not city-wide ones). */
  namedPartnerships: RowRef[];
  /** The sites and their status rows. */
  sites: RowRef[];
  events: RowRef[];
  disagreements: RowRef[];
}

/** What a kelurahan page can list as not known yet; the labels are in t(lang).views.unknown. */
export type UnknownItem =
  | 'registered-name'
  | 'legal-documents'
  | 'member-count'
  | 'operating'
  | 'partnerships'
  | 'partnership-agreement'
  | 'site'
  | 'site-address'
  | 'site-coordinates'
  | 'population'
  | 'area';

export function kelurahanRecord(data: Tables, code: string): KelurahanRecord | undefined {
  const kelurahan = data.kelurahan.find((k) => k.code === code);
  if (!kelurahan) return undefined;
  const kecamatan = data.kecamatan.find((k) => k.code === kelurahan.kecamatan_code)!;
  const cooperative = data.cooperatives.find((c) => c.kelurahan_code === code);
  const progress: Progress = cooperative
    ? progressOf(data, cooperative)
    : { level: 'unknown', basis: undefined, date: undefined, facts: [] };
  const stages = cooperative
    ? data.cooperative_stages.filter((row) => appliesTo(row, cooperative)).map((row) => ({ ...row, basis: basisOf(row) }))
    : [];
  const partnerships = cooperative
    ? data.partnerships.filter((row) => appliesTo(row, cooperative)).map((row) => ({ ...row, basis: basisOf(row) }))
    : [];
  const sites = data.sites
    .filter((s) => s.kelurahan_code === code)
    .map((s) => ({ ...s, statuses: data.site_status.filter((st) => st.site_id === s.id).sort((a, b) => a.date.localeCompare(b.date)) }));
  const events = data.events.filter((e) => e.kelurahan_code === code).sort((a, b) => a.date.localeCompare(b.date));
  const siteRows = sites.flatMap((site) => [rowRef('sites', site.id), ...rowRefs('site_status', site.statuses)]);
  const rowIds = new Set<string>([
    ...rowRefs('cooperative_stages', stages),
    ...rowRefs('partnerships', partnerships),
    ...siteRows,
    ...rowRefs('events', events),
  ]);
  const disagreements = data.disagreements.filter((d) => d.kelurahan_codes?.includes(code) || d.rows.some((r) => rowIds.has(r)));
  const cited = new Set<string>();
  const cite = (ids: string[] | undefined) => ids?.forEach((id) => cited.add(id));
  cite(kelurahan.source_ids);
  if (kelurahan.population_source_id) cited.add(kelurahan.population_source_id);
  if (kelurahan.area_source_id) cited.add(kelurahan.area_source_id);
  if (cooperative) cite(cooperative.source_ids);
  if (cooperative?.member_count_source_id) cited.add(cooperative.member_count_source_id);
  stages.forEach((r) => cite(r.source_ids));
  partnerships.forEach((r) => cite(r.source_ids));
  sites.forEach((s) => {
    cite(s.source_ids);
    if (s.coordinates_source_id) cited.add(s.coordinates_source_id);
    s.statuses.forEach((st) => cite(st.source_ids));
  });
  events.forEach((e) => cite(e.source_ids));
  disagreements.forEach((d) => cite(d.source_ids));
  const sources = data.sources.filter((s) => cited.has(s.id)).sort((a, b) => a.id.localeCompare(b.id));

  const named = (rows: { basis: Basis }[]) => rows.some((r) => r.basis === 'named');
  const hasOwnFacts = kelurahanWithOwnFacts(data).has(code);

  const unknowns: UnknownItem[] = [];
  if (!cooperative || cooperative.name_basis !== 'official') unknowns.push('registered-name');
  unknowns.push('legal-documents');
  if (cooperative?.member_count === undefined) unknowns.push('member-count');
  if (!stages.some((s) => s.stage === 'operating' && s.status === 'reached')) unknowns.push('operating');
  if (!named(partnerships)) unknowns.push('partnerships');
  if (!partnerships.some((p) => p.stage === 'agreement-signed' || p.stage === 'active')) unknowns.push('partnership-agreement');
  if (sites.length === 0) unknowns.push('site');
  if (sites.length > 0 && sites.some((s) => !s.address)) unknowns.push('site-address');
  if (sites.length > 0 && sites.some((s) => s.latitude === undefined)) unknowns.push('site-coordinates');
  if (kelurahan.population === undefined) unknowns.push('population');
  if (kelurahan.area_km2 === undefined) unknowns.push('area');

  const rows: RecordRows = {
    area: [rowRef('kelurahan', kelurahan.code), rowRef('kecamatan', kecamatan.code)],
    cooperative: cooperative ? [rowRef('cooperatives', cooperative.id)] : [],
    progress: progress.facts
      .filter((f) => f.level === progress.level)
      .map((f) => rowRef('partner_id' in f.row ? 'partnerships' : 'cooperative_stages', f.row.id)),
    stages: rowRefs('cooperative_stages', stages),
    partnerships: rowRefs('partnerships', partnerships),
    namedPartnerships: rowRefs(
      'partnerships',
      partnerships.filter((p) => p.basis === 'named'),
    ),
    sites: siteRows,
    events: rowRefs('events', events),
    disagreements: rowRefs('disagreements', disagreements),
  };

  return {
    kelurahan,
    kecamatan,
    cooperative,
    progress,
    stages,
    partnerships,
    sites,
    events,
    disagreements,
    sources,
    hasOwnFacts,
    unknowns,
    rows,
  };
}

/**
 * The rows a one-line summary of a kelurahan shows (the kelurahan list and the kecamatan pages):
 * its codes, its cooperative, the rows behind its furthest stage, the partnerships that name it
 * and its sites with their statuses.
 */
export function summaryRows(record: KelurahanRecord): RowRef[] {
  const { area, cooperative, progress, namedPartnerships, sites } = record.rows;
  return [...area, ...cooperative, ...progress, ...namedPartnerships, ...sites];
}

/** Every row a kelurahan's own page shows. */
export function pageRows(record: KelurahanRecord): RowRef[] {
  const { area, cooperative, stages, partnerships, sites, events, disagreements } = record.rows;
  return [...area, ...cooperative, ...stages, ...partnerships, ...sites, ...events, ...disagreements];
}

/** Every kelurahan's record, in code order. */
export function kelurahanRecords(data: Tables): KelurahanRecord[] {
  return [...data.kelurahan].sort((a, b) => a.code.localeCompare(b.code)).map((k) => kelurahanRecord(data, k.code)!);
}

/** The latest value of each measure, with every row that reports it on that date. */
export function latestIndicator(data: Pick<Tables, 'indicators'>, measure: Tables['indicators'][number]['measure']) {
  const rows = data.indicators.filter((i) => i.measure === measure).sort((a, b) => a.date.localeCompare(b.date));
  return rows.at(-1);
}

/** The day the data is as of: the latest day a source was checked. */
export function dataAsOf(data: Pick<Tables, 'sources'>): string | undefined {
  return data.sources
    .map((s) => s.accessed)
    .sort()
    .at(-1);
}
