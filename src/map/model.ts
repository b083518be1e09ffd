/**
 * What the maps say about each kelurahan, in one language: stage, basis, partnerships and
 * build sites, already labelled. Built at build time from the validated dataset and handed
 * to the SVG maps, the table and (as JSON in a data attribute) the interactive map, so the
 * browser never re-derives a fact.
 */
import { PARTNERSHIP_STAGES, BUSINESS_LINES } from '../data/schema/partnerships';
import { SITE_STATUSES, type SiteStatus } from '../data/schema/site-status';
import type { Tables } from '../data/schema/index';
import { kelurahanRecords, PROGRESS_ORDER, type Basis, type ProgressLevel } from '../data/views/kelurahan';
import type { Lang } from '../i18n/lang';
import { formatDate } from '../i18n/locale-format';
import { t } from '../i18n/catalogue';
import { href, pagePaths } from '../urls';
import { rowRef } from '../data/row-refs';

export interface MapPartnership {
  partner: string;
  line: string;
  stage: string;
  date: string;
}

export interface MapSiteStatus {
  status: SiteStatus;
  label: string;
  date: string;
  /** True when an open disagreement names this status row. */
  disputed: boolean;
}

export interface MapSite {
  id: string;
  address: string | undefined;
  /** Every status row, oldest first. */
  history: MapSiteStatus[];
  /** The statuses the marker shows: the latest one, or every disputed one when sources disagree. */
  shown: SiteStatus[];
  disputed: boolean;
}

export interface MapKelurahan {
  code: string;
  name: string;
  slug: string;
  /** Link to the kelurahan page in this language, base path included. */
  href: string;
  kecamatanCode: string;
  kecamatan: string;
  level: ProgressLevel;
  levelLabel: string;
  basis: Basis | undefined;
  /** The earliest ISO date a source gives for the furthest level (reached by then), and that date for readers. */
  date: string | undefined;
  dateLabel: string | undefined;
  partnerships: MapPartnership[];
  sites: MapSite[];
}

const partnershipRank = Object.keys(PARTNERSHIP_STAGES);

export function mapKelurahan(data: Tables, lang: Lang): MapKelurahan[] {
  const partners = new Map(data.partners.map((p) => [p.id, p]));
  const disputedRows = new Set(data.disagreements.filter((d) => d.status === 'open').flatMap((d) => d.rows));
  return kelurahanRecords(data).map((record) => {
    const { kelurahan, kecamatan, progress } = record;
    // One line per partner and business line: its latest stage (furthest on the same day).
    const latest = new Map<string, (typeof record.partnerships)[number]>();
    for (const row of record.partnerships.filter((p) => p.basis === 'named')) {
      const key = `${row.partner_id}|${row.business_line}`;
      const seen = latest.get(key);
      const later =
        !seen ||
        row.date > seen.date ||
        (row.date === seen.date && partnershipRank.indexOf(row.stage) > partnershipRank.indexOf(seen.stage));
      if (later) latest.set(key, row);
    }
    const partnerships = [...latest.values()]
      .sort((a, b) => a.partner_id.localeCompare(b.partner_id) || a.business_line.localeCompare(b.business_line))
      .map((row) => ({
        partner: partners.get(row.partner_id)?.short_name ?? row.partner_id,
        line: BUSINESS_LINES[row.business_line][lang],
        stage: PARTNERSHIP_STAGES[row.stage][lang],
        date: formatDate(row.date, lang),
      }));
    const sites = record.sites.map((site): MapSite => {
      const history = site.statuses.map((st) => ({
        status: st.status,
        label: SITE_STATUSES[st.status][lang],
        date: formatDate(st.date, lang),
        disputed: disputedRows.has(rowRef('site_status', st.id)),
      }));
      const inDispute = [...new Set(history.filter((h) => h.disputed).map((h) => h.status))];
      const last = history.at(-1)?.status;
      return {
        id: site.id,
        address: site.address,
        history,
        shown: inDispute.length > 1 ? inDispute : last ? [last] : [],
        disputed: inDispute.length > 1,
      };
    });
    return {
      code: kelurahan.code,
      name: kelurahan.name,
      slug: kelurahan.slug,
      href: href(lang, pagePaths.kelurahan(kelurahan.slug)),
      kecamatanCode: kecamatan.code,
      kecamatan: kecamatan.name,
      level: progress.level,
      levelLabel: t(lang).views.progress[progress.level],
      basis: progress.basis,
      date: progress.date,
      dateLabel: progress.date ? formatDate(progress.date, lang) : undefined,
      partnerships,
      sites,
    };
  });
}

/** How many kelurahan are at each level, in level order, "unknown" first. */
export function levelCounts(kelurahan: Pick<MapKelurahan, 'level'>[]): { level: ProgressLevel; count: number }[] {
  return PROGRESS_ORDER.map((level) => ({ level, count: kelurahan.filter((k) => k.level === level).length }));
}

/**
 * Partnership rows about every cooperative at once (whatever their stage), which the map does
 * not mark per kelurahan: their partners and the earliest date, for the legend.
 */
export function cityWidePartnerships(data: Tables, lang: Lang): { partners: string; date: string } | undefined {
  const rows = data.partnerships.filter((p) => p.scope === 'all-cooperatives').sort((a, b) => a.date.localeCompare(b.date));
  if (rows.length === 0) return undefined;
  const names = [...new Set(rows.map((r) => data.partners.find((p) => p.id === r.partner_id)?.short_name ?? r.partner_id))];
  return { partners: names.join(', '), date: formatDate(rows[0]!.date, lang) };
}
