import { identifier, oneOf } from './fields';
import { cooperativeRef, dateKind, factDate, notes, rowId, scope, scopeRule, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const BUSINESS_LINES = {
  sembako: { id: 'sembako (bahan pokok)', en: 'sembako (staple foods)' },
  'lpg-nonsubsidised': { id: 'LPG nonsubsidi (Bright Gas 5,5 dan 12 kg)', en: 'non-subsidised LPG (Bright Gas 5.5 and 12 kg)' },
  'lpg-subsidised': { id: 'LPG bersubsidi 3 kg', en: 'subsidised 3 kg LPG' },
  medicines: { id: 'obat dan apotek', en: 'medicines and pharmacy' },
  'digital-payments': { id: 'pembayaran digital', en: 'digital payments' },
  credit: { id: 'pembiayaan', en: 'credit' },
} as const;

/** Partnership stages in the order they are normally reached; "ended" closes any of them. */
export const PARTNERSHIP_STAGES = {
  offered: { id: 'ditawarkan', en: 'offered' },
  applied: { id: 'mengajukan', en: 'applied' },
  'requirements-met': { id: 'memenuhi syarat', en: 'requirements met' },
  'agreement-signed': { id: 'perjanjian ditandatangani', en: 'agreement signed' },
  active: { id: 'berjalan', en: 'active' },
  ended: { id: 'berakhir', en: 'ended' },
} as const;

export type PartnershipStage = keyof typeof PARTNERSHIP_STAGES;

export const partnerships = defineTable({
  name: 'partnerships',
  title: { id: 'Kemitraan', en: 'Partnerships' },
  description: {
    id: 'Kemitraan koperasi × mitra per lini usaha: satu baris per pernyataan sumber tentang tahapnya.',
    en: 'Cooperative × partner partnerships by business line: one row per source statement about their stage.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: rowId('graha-indah-bulog-sembako-applied'),
    scope: scope(),
    cooperative_id: cooperativeRef(),
    partner_id: identifier({
      example: 'bulog',
      title: { id: 'Mitra', en: 'Partner' },
      description: { id: 'id mitra dari tabel partners.', en: 'Partner id from the partners table.' },
    }),
    business_line: oneOf(BUSINESS_LINES, {
      title: { id: 'Lini usaha', en: 'Business line' },
      description: { id: 'Apa yang dijual atau dilayani lewat kemitraan ini.', en: 'What the partnership sells or serves.' },
    }),
    stage: oneOf(PARTNERSHIP_STAGES, {
      title: { id: 'Tahap kemitraan', en: 'Partnership stage' },
      description: {
        id: 'offered = mitra menawarkan; applied = koperasi mengajukan; requirements-met = dinyatakan memenuhi syarat; agreement-signed = perjanjian (PKS) ditandatangani; active = transaksi berjalan; ended = berhenti.',
        en: 'offered = the partner made an offer; applied = the cooperative applied; requirements-met = declared eligible; agreement-signed = an agreement (PKS) was signed; active = trading; ended = stopped.',
      },
    }),
    date: factDate(),
    date_kind: dateKind(),
    source_ids: sourceIds(),
    ...notes(),
  },
  foreignKeys: [
    { field: 'cooperative_id', resource: 'cooperatives', referenceField: 'id' },
    { field: 'partner_id', resource: 'partners', referenceField: 'id' },
    ...sourceForeignKeys(),
  ],
  rules: [scopeRule],
});
