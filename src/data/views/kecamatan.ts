/**
 * Kecamatan as the site shows them: a slug for the page address (the kecamatan table has no
 * slug column, so it is derived from the official name) and aggregates of their kelurahan.
 */
import type { Kecamatan, Tables } from '../schema/index';
import { kelurahanRecords, PROGRESS_ORDER, type KelurahanRecord, type ProgressLevel } from './kelurahan';

/** "Balikpapan Timur" → "balikpapan-timur". */
export function kecamatanSlug(kecamatan: Pick<Kecamatan, 'name'>): string {
  return kecamatan.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface KecamatanSummary {
  kecamatan: Kecamatan;
  slug: string;
  records: KelurahanRecord[];
  /** Cooperatives by furthest confirmed level, every level present (zeros included). */
  progress: Record<ProgressLevel, number>;
  /** Kelurahan whose cooperative, site or events a source names. */
  withOwnFacts: number;
  /** Cooperatives named in a partnership statement. */
  namedPartnerships: number;
  sites: number;
  events: number;
}

export function kecamatanSummaries(data: Tables): KecamatanSummary[] {
  const records = kelurahanRecords(data);
  return [...data.kecamatan]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((kecamatan) => {
      const own = records
        .filter((r) => r.kecamatan.code === kecamatan.code)
        .sort((a, b) => a.kelurahan.name.localeCompare(b.kelurahan.name, 'id'));
      const progress = Object.fromEntries(PROGRESS_ORDER.map((level) => [level, 0])) as Record<ProgressLevel, number>;
      for (const r of own) progress[r.progress.level] += 1;
      return {
        kecamatan,
        slug: kecamatanSlug(kecamatan),
        records: own,
        progress,
        withOwnFacts: own.filter((r) => r.hasOwnFacts).length,
        namedPartnerships: own.filter((r) => r.partnerships.some((p) => p.basis === 'named')).length,
        sites: own.reduce((n, r) => n + r.sites.length, 0),
        events: own.reduce((n, r) => n + r.events.length, 0),
      };
    });
}
