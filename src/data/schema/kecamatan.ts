import { kecamatanCode, patterned, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const kecamatan = defineTable({
  name: 'kecamatan',
  title: { id: 'Kecamatan', en: 'Kecamatan (districts)' },
  description: {
    id: 'Kecamatan di kota ini menurut daftar kode wilayah Kemendagri, dengan kode BPS padanannya.',
    en: "The city's kecamatan (districts) from the Kemendagri area-code list, with their matching BPS codes.",
  },
  licence: 'MIT',
  primaryKey: 'code',
  unique: ['name', 'bps_code'],
  fields: {
    code: kecamatanCode({
      title: { id: 'Kode kecamatan (Kemendagri)', en: 'Kecamatan code (Kemendagri)' },
      description: {
        id: 'Kode Kemendagri bertitik, misalnya 64.71.03. Tulis sebagai teks agar nol di depan tidak hilang.',
        en: 'Dotted Kemendagri code such as 64.71.03. Keep it as text so that leading zeros survive.',
      },
    }),
    name: text({
      maxLength: 80,
      title: { id: 'Nama kecamatan', en: 'Kecamatan name' },
      description: { id: 'Nama resmi menurut Kemendagri.', en: 'Official name as written by Kemendagri.' },
      example: 'Balikpapan Utara',
    }),
    bps_code: patterned('[0-9]{7}', {
      example: '6471030',
      title: { id: 'Kode BPS', en: 'BPS code' },
      description: {
        id: 'Kode kecamatan menurut BPS (periode 2018H1). Strukturnya berbeda dari kode Kemendagri; jangan dihitung dari kode itu.',
        en: 'Kecamatan code used by BPS (period 2018H1). It is structured differently from the Kemendagri code; never derive one from the other.',
      },
    }),
    source_ids: sourceIds(),
  },
  foreignKeys: sourceForeignKeys(),
});
