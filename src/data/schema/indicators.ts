import { boolean, decimal, oneOf } from './fields';
import { factDate, notes, rowId, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

/** City-level measures. A new measure is a schema change (minor version). */
export const MEASURES = {
  'kelurahan-total': { id: 'jumlah kelurahan', en: 'kelurahan in the city' },
  'cooperatives-planned': { id: 'koperasi yang direncanakan', en: 'cooperatives planned' },
  'cooperatives-formed': { id: 'koperasi terbentuk', en: 'cooperatives formed' },
  'legal-entity-filed': { id: 'koperasi yang sudah mengajukan badan hukum lewat notaris', en: 'cooperatives that filed for legal-entity status through a notary' },
  'legal-entity-share': { id: 'persentase koperasi berbadan hukum', en: 'share of cooperatives with legal-entity status' },
  'legal-entity': { id: 'koperasi berbadan hukum', en: 'cooperatives with legal-entity status' },
  'notary-deeds': { id: 'akta notaris terbit', en: 'notary deeds issued' },
  'cooperatives-active': { id: 'koperasi yang sudah menjalankan usaha', en: 'cooperatives operating a business' },
  'bumn-applicants': { id: 'koperasi yang mengajukan kemitraan penuh dengan BUMN', en: 'cooperatives that applied for a full BUMN partnership' },
  'bumn-partnered-share': { id: 'persentase koperasi yang aktif bermitra dengan BUMN', en: 'share of cooperatives actively partnering with a BUMN' },
  'members-per-cooperative': { id: 'rata-rata anggota per koperasi', en: 'average members per cooperative' },
  'membership-target-share': { id: 'target anggota (persen kepala keluarga per kelurahan)', en: 'membership target (share of household heads per kelurahan)' },
  'sites-under-construction': { id: 'lokasi gerai & gudang sedang dibangun', en: 'outlet & warehouse sites under construction' },
  'sites-ready': { id: 'lokasi lahan siap diajukan', en: 'land sites ready to propose' },
  'sites-potential': { id: 'lokasi potensial lain yang dibahas', en: 'other potential sites discussed' },
  'kelurahan-without-land': { id: 'kelurahan tanpa lahan tersedia', en: 'kelurahan with no available land' },
  'dedicated-mentors': { id: 'pendamping khusus (mulai 2026)', en: 'dedicated mentors (from 2026)' },
  'notary-fee-per-kelurahan': { id: 'biaya notaris per kelurahan (APBD)', en: 'notary fee per kelurahan (city budget)' },
  'existing-cooperatives': { id: 'koperasi aktif bersertifikat sebelum program', en: 'active certified cooperatives before the programme' },
  'loan-ceiling': { id: 'plafon pinjaman bank per koperasi', en: 'bank loan ceiling per cooperative' },
} as const;

export type Measure = keyof typeof MEASURES;

export const UNITS = {
  count: { id: 'jumlah', en: 'count' },
  percent: { id: 'persen', en: 'percent' },
  members: { id: 'orang anggota', en: 'members' },
  rupiah: { id: 'rupiah', en: 'rupiah' },
} as const;

export const indicators = defineTable({
  name: 'indicators',
  title: { id: 'Indikator tingkat kota', en: 'City-level indicators' },
  description: {
    id: 'Angka untuk seluruh kota dari waktu ke waktu. Angka yang tidak menyebut kelurahan tetap di sini dan tidak dibagikan ke kelurahan.',
    en: 'Figures for the whole city over time. A figure that names no kelurahan stays here and is never spread onto kelurahan.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: rowId('bumn-partnered-share-2025-10-24'),
    measure: oneOf(MEASURES, {
      title: { id: 'Ukuran', en: 'Measure' },
      description: { id: 'Apa yang diukur.', en: 'What is measured.' },
    }),
    date: factDate(),
    value: decimal({
      title: { id: 'Nilai', en: 'Value' },
      description: { id: 'Nilai dengan titik desimal. Untuk rentang (misalnya 15–20) ini batas bawahnya.', en: 'The value, with a decimal point. For a range (such as 15–20) this is the lower bound.' },
    }),
    value_high: decimal({
      optional: true,
      title: { id: 'Batas atas', en: 'Upper bound' },
      description: { id: 'Batas atas bila sumber memberi rentang. Kosong jika satu angka.', en: 'Upper bound when the source gives a range. Empty for a single figure.' },
    }),
    unit: oneOf(UNITS, {
      title: { id: 'Satuan', en: 'Unit' },
      description: { id: 'Satuan nilai.', en: 'Unit of the value.' },
    }),
    approximate: boolean({
      title: { id: 'Perkiraan', en: 'Approximate' },
      description: { id: 'true jika sumber menyebut angka perkiraan ("sekitar").', en: 'true when the source gives an approximate figure ("about").' },
    }),
    source_ids: sourceIds(),
    ...notes(),
  },
  foreignKeys: sourceForeignKeys(),
  rules: [
    (row, report) => {
      if (row.value_high !== undefined && row.value_high < row.value) report('value_high', 'range-reversed');
      if (row.unit === 'percent' && (row.value < 0 || (row.value_high ?? row.value) > 100)) report('value', 'percent-out-of-range');
    },
  ],
});
