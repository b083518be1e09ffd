import { KELURAHAN_CODE_PATTERN, identifier, identifierList, oneOf, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

/** A reference to a row of another table, written table:id. */
export const ROW_REFERENCE_PATTERN = '[a-z_]+:[a-z0-9]+(?:[.-][a-z0-9]+)*';

export const disagreements = defineTable({
  name: 'disagreements',
  title: { id: 'Perbedaan antarsumber', en: 'Disagreements between sources' },
  description: {
    id: 'Di mana sumber saling bertentangan. Semua versi disimpan sebagai baris di tabelnya masing-masing; tabel ini menautkannya dan menjelaskan perbedaannya.',
    en: 'Where sources contradict each other. Every version is kept as a row in its own table; this table links them and explains the difference.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: 'manggar-site-status',
      title: { id: 'id perbedaan', en: 'Disagreement id' },
      description: { id: 'Pengenal tetap.', en: 'Stable identifier.' },
    }),
    topic_ind: text({
      maxLength: 200,
      example: 'Status lokasi Manggar',
      title: { id: 'Topik (bahasa Indonesia)', en: 'Topic (Indonesian)' },
      description: { id: 'Apa yang diperdebatkan, singkat.', en: 'What is disputed, briefly.' },
    }),
    topic_eng: text({
      maxLength: 200,
      example: 'Status of the Manggar site',
      title: { id: 'Topik (bahasa Inggris)', en: 'Topic (English)' },
      description: { id: 'Topik yang sama dalam bahasa Inggris.', en: 'The same topic in English.' },
    }),
    summary_ind: text({
      maxLength: 1000,
      example: 'Oktober 2025: sedang dibangun. Desember 2025: baru direncanakan.',
      title: { id: 'Ringkasan (bahasa Indonesia)', en: 'Summary (Indonesian)' },
      description: { id: 'Apa kata masing-masing sumber, dengan kata-kata sendiri.', en: 'What each source says, in our own words.' },
    }),
    summary_eng: text({
      maxLength: 1000,
      example: 'October 2025: under construction. December 2025: only planned.',
      title: { id: 'Ringkasan (bahasa Inggris)', en: 'Summary (English)' },
      description: { id: 'Ringkasan yang sama dalam bahasa Inggris.', en: 'The same summary in English.' },
    }),
    rows: identifierList({
      itemPattern: ROW_REFERENCE_PATTERN,
      rowReferences: true,
      example: 'site_status:manggar-2025-10-21-under-construction;site_status:manggar-2025-12-24-planned',
      title: { id: 'Baris yang bertentangan', en: 'Conflicting rows' },
      description: {
        id: 'Baris-baris yang saling bertentangan, ditulis tabel:id dan dipisah titik koma.',
        en: 'The conflicting rows, written table:id and separated by semicolons.',
      },
    }),
    kelurahan_codes: identifierList({
      optional: true,
      itemPattern: KELURAHAN_CODE_PATTERN,
      example: '64.71.01.1001',
      title: { id: 'Kelurahan terkait', en: 'Kelurahan concerned' },
      description: { id: 'Kode kelurahan yang terkait, dipisah titik koma. Kosong jika untuk seluruh kota.', en: 'Codes of the kelurahan concerned, separated by semicolons. Empty when city-wide.' },
    }),
    status: oneOf(
      {
        open: { id: 'belum terselesaikan', en: 'unresolved' },
        resolved: { id: 'terselesaikan dengan sumber baru', en: 'resolved by a newer source' },
      },
      {
        title: { id: 'Status', en: 'Status' },
        description: { id: 'Apakah perbedaan ini sudah terjawab.', en: 'Whether the disagreement has been settled.' },
      },
    ),
    source_ids: sourceIds(),
  },
  foreignKeys: [
    { field: 'kelurahan_codes', resource: 'kelurahan', referenceField: 'code', list: true },
    ...sourceForeignKeys(),
  ],
});

