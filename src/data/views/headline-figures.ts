/**
 * The home page's headline figures, each with the day it refers to and the rows and sources
 * behind it. A figure with no row behind it is undefined, and the page says "unknown".
 */
import type { Disagreement, Indicator, Site, SiteStatusRow, Tables } from '../schema/index';
import type { Measure } from '../schema/indicators';
import { rowRef, rowRefs, type RowRef } from '../row-refs';
import { latestIndicator } from './kelurahan';

export interface IndicatorFigure {
  kind: 'indicator';
  key: string;
  measure: Measure;
  row: Indicator | undefined;
}

export interface CountFigure {
  kind: 'count';
  key: string;
  value: number;
  /** The day the count was last checked against its sources. */
  date: string | undefined;
  sourceIds: string[];
}

export interface SiteFigure {
  kind: 'sites';
  key: string;
  value: number;
  sites: { site: Site; latest: SiteStatusRow | undefined; disputed: boolean }[];
  /** The latest city-level statement on how many sites are ready. */
  ready: Indicator | undefined;
}

export type HeadlineFigure = CountFigure | IndicatorFigure | SiteFigure;

/** The latest status statement about a site, and whether an open disagreement concerns its status. */
export function siteLatest(data: Pick<Tables, 'site_status' | 'disagreements'>, site: Site) {
  const statuses = data.site_status
    .filter((s) => s.site_id === site.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const refs = new Set<string>(rowRefs('site_status', statuses));
  const disputed = data.disagreements.some((d) => d.status === 'open' && d.rows.some((r) => refs.has(r)));
  return { latest: statuses.at(-1), disputed };
}

/**
 * Disagreements about a site itself (its row in sites.csv: who builds it, who funds it) that
 * name none of its status rows; those about its status are shown with its status history.
 */
export function siteDisagreements(data: Pick<Tables, 'site_status' | 'disagreements'>, site: Site): Disagreement[] {
  const statusRefs = new Set<string>(
    rowRefs(
      'site_status',
      data.site_status.filter((s) => s.site_id === site.id),
    ),
  );
  return data.disagreements.filter((d) => d.rows.includes(rowRef('sites', site.id)) && !d.rows.some((r) => statusRefs.has(r)));
}

export function headlineFigures(data: Tables): HeadlineFigure[] {
  const kelurahanSources = [...new Set(data.kelurahan.flatMap((k) => k.source_ids))].sort();
  const checked = data.sources
    .filter((s) => kelurahanSources.includes(s.id))
    .map((s) => s.accessed)
    .sort()
    .at(-1);
  const indicator = (key: string, measure: Measure): IndicatorFigure => ({
    kind: 'indicator',
    key,
    measure,
    row: latestIndicator(data, measure),
  });
  return [
    { kind: 'count', key: 'kelurahan', value: data.kelurahan.length, date: checked, sourceIds: kelurahanSources },
    indicator('legal-entity', 'legal-entity'),
    indicator('cooperatives-active', 'cooperatives-active'),
    indicator('bumn-partnered-share', 'bumn-partnered-share'),
    {
      kind: 'sites',
      key: 'sites',
      value: data.sites.length,
      sites: [...data.sites].sort((a, b) => a.id.localeCompare(b.id)).map((site) => ({ site, ...siteLatest(data, site) })),
      ready: latestIndicator(data, 'sites-ready'),
    },
  ];
}

/** The rows a headline figure shows: its indicator row, or each site with its latest status and the city's "ready" figure. */
export function figureRows(figure: HeadlineFigure): RowRef[] {
  if (figure.kind === 'indicator') return figure.row ? [rowRef('indicators', figure.row.id)] : [];
  if (figure.kind === 'count') return [];
  return [
    ...figure.sites.flatMap(({ site, latest }) => [rowRef('sites', site.id), ...(latest ? [rowRef('site_status', latest.id)] : [])]),
    ...(figure.ready ? [rowRef('indicators', figure.ready.id)] : []),
  ];
}
