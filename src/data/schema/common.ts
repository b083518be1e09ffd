/** Columns that several tables share, defined once. */
import { identifier, identifierList, isoDate, oneOf, text } from './fields';
import type { MessageKey } from '../validation/messages';
import type { ForeignKey } from './table';

/** The primary key of a row that records one source statement. */
export function rowId(example: string) {
  return identifier({
    example,
    title: { id: 'id baris', en: 'Row id' },
    description: { id: 'Pengenal tetap baris ini.', en: 'Stable identifier of this row.' },
  });
}

export function sourceIds() {
  return identifierList({
    example: 'inibalikpapan-2025-10-24;metroikn-2025-10-21',
    title: { id: 'Sumber', en: 'Sources' },
    description: {
      id: 'Satu atau lebih id dari tabel sources, dipisah titik koma (;). Setiap baris wajib punya sumber.',
      en: 'One or more ids from the sources table, separated by semicolons (;). Every row must cite a source.',
    },
  });
}

export function scope() {
  return oneOf(
    {
      cooperative: { id: 'satu koperasi yang disebut namanya', en: 'one cooperative, named by the source' },
      'all-cooperatives': {
        id: 'semua koperasi di kota (pernyataan sumber untuk seluruh koperasi)',
        en: 'every cooperative in the city (the source states it for all of them)',
      },
    },
    {
      title: { id: 'Cakupan', en: 'Scope' },
      description: {
        id: 'Apakah sumber menyebut satu koperasi, atau menyatakan hal ini untuk semua koperasi di kota. Angka agregat yang tidak menyebut kelurahan (misalnya "sekitar 20%") masuk tabel indicators, bukan ke sini.',
        en: 'Whether the source names one cooperative or states this for every cooperative in the city. An aggregate that names no kelurahan (such as "about 20%") belongs in the indicators table, not here.',
      },
    },
  );
}

export function cooperativeRef() {
  return identifier({
    optional: true,
    example: 'kkmp-64.71.03.1006',
    title: { id: 'Koperasi', en: 'Cooperative' },
    description: {
      id: 'id koperasi dari tabel cooperatives. Wajib jika cakupan = cooperative, kosong jika cakupan = all-cooperatives.',
      en: 'Cooperative id from the cooperatives table. Required when scope = cooperative, empty when scope = all-cooperatives.',
    },
  });
}

export function dateKind() {
  return oneOf(
    {
      event: { id: 'terjadi pada tanggal ini', en: 'happened on this date' },
      'as-of': {
        id: 'keadaan per tanggal ini menurut sumber (bisa sudah terjadi lebih awal)',
        en: 'the state on this date as the source reports it (it may have happened earlier)',
      },
    },
    {
      title: { id: 'Arti tanggal', en: 'Meaning of the date' },
      description: {
        id: 'event jika sumber menyebut hari kejadiannya; as-of jika sumber hanya melaporkan keadaan pada tanggal pernyataan.',
        en: 'event when the source gives the day it happened; as-of when the source only reports the state on the day of the statement.',
      },
    },
  );
}

export function factDate() {
  return isoDate({
    title: { id: 'Tanggal', en: 'Date' },
    description: {
      id: 'Tanggal yyyy-mm-dd: hari kejadian, atau hari pernyataan sumber (lihat date_kind). Tidak boleh setelah hari ini.',
      en: 'Date as yyyy-mm-dd: the day it happened, or the day of the source statement (see date_kind). Never later than today.',
    },
  });
}

export function sourceForeignKeys(): ForeignKey[] {
  return [{ field: 'source_ids', resource: 'sources', referenceField: 'id', list: true }];
}

/** Rule shared by tables with a scope: a named cooperative needs its id, a city-wide claim must not have one. */
export function scopeRule<Row extends { scope: string; cooperative_id?: string | undefined }>(row: Row, report: (field: keyof Row & string, key: MessageKey) => void) {
  if (row.scope === 'cooperative' && !row.cooperative_id) report('cooperative_id', 'scope-needs-cooperative');
  if (row.scope === 'all-cooperatives' && row.cooperative_id) report('cooperative_id', 'scope-all-has-cooperative');
}

/** Optional notes in both languages, for context that does not fit a column. */
export function notes() {
  return {
    note_ind: text({
      optional: true,
      title: { id: 'Catatan (bahasa Indonesia)', en: 'Note (Indonesian)' },
      description: {
        id: 'Keterangan tambahan dalam bahasa Indonesia, dengan kata-kata sendiri, bukan kutipan.',
        en: 'Extra context in Indonesian, in our own words rather than quoted.',
      },
    }),
    note_eng: text({
      optional: true,
      title: { id: 'Catatan (bahasa Inggris)', en: 'Note (English)' },
      description: {
        id: 'Keterangan yang sama dalam bahasa Inggris.',
        en: 'The same context in English.',
      },
    }),
  };
}
