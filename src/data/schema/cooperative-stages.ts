import { oneOf } from './fields';
import { cooperativeRef, dateKind, factDate, notes, rowId, scope, scopeRule, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

/** Programme stages of a cooperative, in the order they are normally reached. */
export const COOPERATIVE_STAGES = {
  musyawarah: { id: 'dibentuk lewat musyawarah kelurahan', en: 'formed by a kelurahan musyawarah (assembly)' },
  'notary-deed': { id: 'akta pendirian notaris', en: 'notary deed of establishment' },
  'legal-entity': { id: 'berbadan hukum (SK AHU)', en: 'legal entity (AHU decree)' },
  nib: { id: 'NIB (nomor induk berusaha)', en: 'NIB (business identification number)' },
  npwp: { id: 'NPWP (nomor pokok wajib pajak)', en: 'NPWP (tax number)' },
  operating: { id: 'menjalankan usaha', en: 'operating a business' },
} as const;

export type CooperativeStage = keyof typeof COOPERATIVE_STAGES;

export const cooperativeStages = defineTable({
  name: 'cooperative_stages',
  title: { id: 'Tahapan koperasi', en: 'Cooperative stages' },
  description: {
    id: 'Riwayat tahapan program per koperasi: satu baris per pernyataan sumber. Pernyataan untuk semua koperasi sekaligus diberi cakupan all-cooperatives.',
    en: 'Programme stage history of each cooperative: one row per source statement. A statement that covers every cooperative at once has scope all-cooperatives.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: rowId('all-legal-entity-2025-07-07'),
    scope: scope(),
    cooperative_id: cooperativeRef(),
    stage: oneOf(COOPERATIVE_STAGES, {
      title: { id: 'Tahap', en: 'Stage' },
      description: { id: 'Tahap program yang dilaporkan.', en: 'The programme stage reported.' },
    }),
    status: oneOf(
      {
        reached: { id: 'tercapai', en: 'reached' },
        'in-progress': { id: 'sedang berjalan', en: 'in progress' },
        'not-reached': { id: 'belum tercapai', en: 'not reached' },
      },
      {
        title: { id: 'Status', en: 'Status' },
        description: { id: 'Apa yang dikatakan sumber tentang tahap ini pada tanggal itu.', en: 'What the source says about this stage on that date.' },
      },
    ),
    date: factDate(),
    date_kind: dateKind(),
    source_ids: sourceIds(),
    ...notes(),
  },
  foreignKeys: [{ field: 'cooperative_id', resource: 'cooperatives', referenceField: 'id' }, ...sourceForeignKeys()],
  rules: [scopeRule],
});
