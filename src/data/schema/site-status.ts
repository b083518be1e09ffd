import { identifier, oneOf } from './fields';
import { dateKind, factDate, notes, rowId, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const SITE_STATUSES = {
  proposed: { id: 'diusulkan', en: 'proposed' },
  planned: { id: 'direncanakan (lokasi belum pasti)', en: 'planned (site not yet certain)' },
  'land-ready': { id: 'lahan siap', en: 'land ready' },
  groundbreaking: { id: 'peletakan batu pertama', en: 'groundbreaking' },
  'under-construction': { id: 'sedang dibangun', en: 'under construction' },
  completed: { id: 'selesai dibangun', en: 'completed' },
  operating: { id: 'beroperasi', en: 'operating' },
  postponed: { id: 'ditunda', en: 'postponed' },
} as const;

export type SiteStatus = keyof typeof SITE_STATUSES;

/** Physical steps that cannot be reported before the step before them. */
export const SITE_BUILD_ORDER: SiteStatus[] = ['groundbreaking', 'under-construction', 'completed', 'operating'];

export const siteStatus = defineTable({
  name: 'site_status',
  title: { id: 'Status lokasi', en: 'Site status' },
  description: {
    id: 'Riwayat status setiap lokasi gerai & gudang: satu baris per pernyataan sumber. Jika sumber bertentangan, semua baris dicatat dan pertentangannya ada di tabel disagreements.',
    en: 'Status history of each outlet & warehouse site: one row per source statement. Where sources conflict, every row is kept and the conflict is listed in the disagreements table.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: rowId('graha-indah-2025-10-17-groundbreaking'),
    site_id: identifier({
      example: 'graha-indah',
      title: { id: 'Lokasi', en: 'Site' },
      description: { id: 'id lokasi dari tabel sites.', en: 'Site id from the sites table.' },
    }),
    status: oneOf(SITE_STATUSES, {
      title: { id: 'Status', en: 'Status' },
      description: { id: 'Status lokasi menurut sumber.', en: 'Status of the site according to the source.' },
    }),
    date: factDate(),
    date_kind: dateKind(),
    source_ids: sourceIds(),
    ...notes(),
  },
  foreignKeys: [{ field: 'site_id', resource: 'sites', referenceField: 'id' }, ...sourceForeignKeys()],
});
