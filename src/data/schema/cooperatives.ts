import { identifier, integer, isoDate, kelurahanCode, oneOf, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const cooperatives = defineTable({
  name: 'cooperatives',
  title: { id: 'Koperasi Kelurahan Merah Putih', en: 'Kelurahan Merah Putih cooperatives' },
  description: {
    id: 'Satu koperasi per kelurahan. Tahap-tahap yang dicapai ada di tabel cooperative_stages. Nama pengurus dan anggota tidak dicatat.',
    en: 'One cooperative per kelurahan. The stages each has reached are in the cooperative_stages table. Names of board members and members are not recorded.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  unique: ['kelurahan_code'],
  fields: {
    id: identifier({
      example: 'kkmp-64.71.03.1006',
      title: { id: 'id koperasi', en: 'Cooperative id' },
      description: {
        id: 'Pengenal tetap: "kkmp-" diikuti kode kelurahan.',
        en: 'Stable identifier: "kkmp-" followed by the kelurahan code.',
      },
    }),
    kelurahan_code: kelurahanCode({
      title: { id: 'Kelurahan', en: 'Kelurahan' },
      description: { id: 'Kode kelurahan dari tabel kelurahan. Hanya satu koperasi per kelurahan.', en: 'Kelurahan code from the kelurahan table. Only one cooperative per kelurahan.' },
    }),
    name: text({
      maxLength: 160,
      example: 'Koperasi Kelurahan Merah Putih Graha Indah',
      title: { id: 'Nama koperasi', en: 'Cooperative name' },
      description: {
        id: 'Nama koperasi. Lihat name_basis: nama yang belum terlihat di dokumen resmi ditandai.',
        en: 'Name of the cooperative. See name_basis: a name not yet seen in an official document is marked as such.',
      },
    }),
    name_basis: oneOf(
      {
        'naming-rule': {
          id: 'disusun menurut aturan penamaan nasional; nama terdaftar belum terlihat',
          en: 'composed by the national naming rule; the registered name has not been seen',
        },
        reported: { id: 'disebut dalam berita', en: 'as reported in the news' },
        official: { id: 'dari dokumen resmi (akta atau SK AHU)', en: 'from an official document (deed or AHU decree)' },
      },
      {
        title: { id: 'Dasar nama', en: 'Basis of the name' },
        description: { id: 'Dari mana nama koperasi ini berasal.', en: 'Where the cooperative name comes from.' },
      },
    ),
    member_count: integer({
      optional: true,
      min: 0,
      title: { id: 'Jumlah anggota', en: 'Member count' },
      description: {
        id: 'Jumlah anggota menurut sumber. Kosong = tidak diketahui. Rata-rata kota tidak boleh diisi di sini (masuk tabel indicators).',
        en: 'Number of members according to the source. Empty = unknown. A city-wide average must not be copied here (it belongs in indicators).',
      },
    }),
    member_count_date: isoDate({
      optional: true,
      title: { id: 'Tanggal jumlah anggota', en: 'Member count date' },
      description: { id: 'Tanggal yang dirujuk jumlah anggota.', en: 'The date the member count refers to.' },
    }),
    member_count_source_id: identifier({
      optional: true,
      example: 'pranala-2025-08-17-karang-rejo',
      title: { id: 'Sumber jumlah anggota', en: 'Member count source' },
      description: { id: 'id sumber jumlah anggota (tabel sources).', en: 'Source id of the member count (sources table).' },
    }),
    source_ids: sourceIds(),
  },
  foreignKeys: [
    { field: 'kelurahan_code', resource: 'kelurahan', referenceField: 'code' },
    { field: 'member_count_source_id', resource: 'sources', referenceField: 'id' },
    ...sourceForeignKeys(),
  ],
  rules: [
    (row, report) => {
      if (row.member_count !== undefined && !row.member_count_source_id) report('member_count_source_id', 'figure-needs-source');
      if (row.member_count !== undefined && !row.member_count_date) report('member_count_date', 'figure-needs-date');
      if (row.member_count === undefined && (row.member_count_date || row.member_count_source_id)) report('member_count', 'orphan-figure-detail');
    },
  ],
});
