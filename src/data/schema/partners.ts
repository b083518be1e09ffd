import { identifier, oneOf, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const partners = defineTable({
  name: 'partners',
  title: { id: 'Mitra', en: 'Partners' },
  description: {
    id: 'BUMN dan lembaga lain yang bermitra atau menawarkan kemitraan kepada koperasi.',
    en: 'State-owned enterprises (BUMN) and other bodies that partner with, or offer partnerships to, the cooperatives.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: 'bulog',
      title: { id: 'id mitra', en: 'Partner id' },
      description: { id: 'Pengenal tetap mitra.', en: 'Stable identifier of the partner.' },
    }),
    name: text({
      maxLength: 120,
      example: 'Perum Bulog',
      title: { id: 'Nama', en: 'Name' },
      description: { id: 'Nama lengkap lembaga.', en: 'Full name of the organisation.' },
    }),
    short_name: text({
      maxLength: 40,
      example: 'Bulog',
      title: { id: 'Nama singkat', en: 'Short name' },
      description: { id: 'Nama singkat untuk grafik dan tabel.', en: 'Short name for charts and tables.' },
    }),
    kind: oneOf(
      {
        bumn: { id: 'BUMN (badan usaha milik negara)', en: 'BUMN (state-owned enterprise)' },
        'state-bank': { id: 'bank BUMN (Himbara)', en: 'state-owned bank (Himbara)' },
        government: { id: 'lembaga pemerintah', en: 'government body' },
        private: { id: 'swasta', en: 'private company' },
      },
      {
        title: { id: 'Jenis', en: 'Kind' },
        description: { id: 'Jenis lembaga.', en: 'Kind of organisation.' },
      },
    ),
    sector: oneOf(
      {
        food: { id: 'pangan', en: 'food' },
        energy: { id: 'energi', en: 'energy' },
        pharmacy: { id: 'farmasi', en: 'pharmacy' },
        finance: { id: 'keuangan', en: 'finance' },
        construction: { id: 'pembangunan', en: 'construction' },
        logistics: { id: 'logistik', en: 'logistics' },
      },
      {
        title: { id: 'Sektor', en: 'Sector' },
        description: { id: 'Bidang usaha utama mitra.', en: "The partner's main line of business." },
      },
    ),
    source_ids: sourceIds(),
  },
  foreignKeys: sourceForeignKeys(),
});
