import { decimal, identifier, integer, kecamatanCode, kelurahanCode, patterned, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const kelurahan = defineTable({
  name: 'kelurahan',
  title: { id: 'Kelurahan', en: 'Kelurahan (urban villages)' },
  description: {
    id: 'Semua kelurahan di kota ini menurut daftar kode wilayah Kemendagri, dengan kode BPS. Penduduk dan luas hanya diisi bila ada sumber yang dapat diperiksa.',
    en: 'Every kelurahan in the city from the Kemendagri area-code list, with BPS codes. Population and area are filled only where a checkable source exists.',
  },
  licence: 'MIT',
  primaryKey: 'code',
  unique: ['slug', 'name', 'bps_code'],
  fields: {
    code: kelurahanCode({
      title: { id: 'Kode kelurahan (Kemendagri)', en: 'Kelurahan code (Kemendagri)' },
      description: {
        id: 'Kode Kemendagri bertitik 64.71.xx.xxxx. Ini pengenal tetap kelurahan di seluruh data.',
        en: 'Dotted Kemendagri code 64.71.xx.xxxx. It is the stable identifier of a kelurahan across the dataset.',
      },
    }),
    name: text({
      maxLength: 80,
      example: 'Graha Indah',
      title: { id: 'Nama kelurahan', en: 'Kelurahan name' },
      description: { id: 'Nama resmi menurut Kemendagri (ejaan 2025).', en: 'Official name as written by Kemendagri (2025 spelling).' },
    }),
    slug: identifier({
      example: 'graha-indah',
      title: { id: 'Slug halaman', en: 'Page slug' },
      description: {
        id: 'Bagian alamat halaman web kelurahan, misalnya /kelurahan/graha-indah/. Jangan diubah setelah terbit agar tautan tetap hidup.',
        en: "The kelurahan's part of the web address, as in /kelurahan/graha-indah/. Do not change it once published, so that links keep working.",
      },
    }),
    kecamatan_code: kecamatanCode({
      title: { id: 'Kode kecamatan', en: 'Kecamatan code' },
      description: { id: 'Kecamatan tempat kelurahan ini berada (kode dari tabel kecamatan).', en: 'The kecamatan this kelurahan lies in (a code from the kecamatan table).' },
    }),
    bps_code: patterned('[0-9]{10}', {
      example: '6471030006',
      title: { id: 'Kode BPS', en: 'BPS code' },
      description: {
        id: 'Kode desa/kelurahan menurut BPS (periode 2018H1), dari tabel padanan BPS–Kemendagri.',
        en: 'Village code used by BPS (period 2018H1), from the BPS–Kemendagri crosswalk.',
      },
    }),
    population: integer({
      optional: true,
      min: 0,
      title: { id: 'Jumlah penduduk', en: 'Population' },
      description: {
        id: 'Kosong = tidak diketahui. Isi hanya bersama tahun dan sumbernya.',
        en: 'Empty = unknown. Fill it only together with its year and source.',
      },
    }),
    population_year: integer({
      optional: true,
      min: 1900,
      max: 2100,
      title: { id: 'Tahun data penduduk', en: 'Population year' },
      description: { id: 'Tahun yang dirujuk angka penduduk.', en: 'The year the population figure refers to.' },
    }),
    population_source_id: identifier({
      optional: true,
      example: 'bps-balikpapan-utara-dalam-angka-2025',
      title: { id: 'Sumber jumlah penduduk', en: 'Population source' },
      description: { id: 'id sumber angka penduduk (tabel sources).', en: 'Source id of the population figure (sources table).' },
    }),
    area_km2: decimal({
      optional: true,
      min: 0,
      title: { id: 'Luas (km²)', en: 'Area (km²)' },
      description: {
        id: 'Luas resmi dalam km², ditulis dengan titik desimal. Kosong = tidak diketahui. Luas yang kami hitung dari batas wilayah bukan luas resmi dan tidak diisi di sini.',
        en: 'Official area in km², written with a decimal point. Empty = unknown. Areas computed from the boundaries are not official and do not go here.',
      },
    }),
    area_source_id: identifier({
      optional: true,
      example: 'bps-balikpapan-utara-dalam-angka-2025',
      title: { id: 'Sumber luas', en: 'Area source' },
      description: { id: 'id sumber angka luas (tabel sources).', en: 'Source id of the area figure (sources table).' },
    }),
    source_ids: sourceIds(),
  },
  foreignKeys: [
    { field: 'kecamatan_code', resource: 'kecamatan', referenceField: 'code' },
    { field: 'population_source_id', resource: 'sources', referenceField: 'id' },
    { field: 'area_source_id', resource: 'sources', referenceField: 'id' },
    ...sourceForeignKeys(),
  ],
  rules: [
    (row, report) => {
      if (row.population !== undefined && !row.population_source_id) report('population_source_id', 'figure-needs-source');
      if (row.population !== undefined && row.population_year === undefined) report('population_year', 'population-needs-year');
      if (row.population === undefined && (row.population_year !== undefined || row.population_source_id)) report('population', 'orphan-figure-detail');
      if (row.area_km2 !== undefined && !row.area_source_id) report('area_source_id', 'figure-needs-source');
      if (row.area_km2 === undefined && row.area_source_id) report('area_km2', 'orphan-figure-detail');
    },
    (row, report) => {
      if (!row.code.startsWith(`${row.kecamatan_code}.`)) report('kecamatan_code', 'kelurahan-outside-kecamatan');
    },
  ],
});
