import { identifier, isoDate, patterned, text } from './fields';
import { sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const corrections = defineTable({
  name: 'corrections',
  title: { id: 'Catatan koreksi', en: 'Corrections log' },
  description: {
    id: 'Setiap nilai terbitan yang ternyata salah dan diperbaiki: apa, kapan, dan mengapa. Perubahan per baris antarrilis dibuat otomatis; tabel ini menjelaskan alasannya.',
    en: 'Every published value that turned out to be wrong and was fixed: what, when and why. Row-level changes between releases are generated; this table explains the reasons.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: '2026-01-15-manggar-address',
      title: { id: 'id koreksi', en: 'Correction id' },
      description: { id: 'Pengenal tetap koreksi.', en: 'Stable identifier of the correction.' },
    }),
    date: isoDate({
      title: { id: 'Tanggal koreksi', en: 'Date of correction' },
      description: { id: 'Hari koreksi dibuat.', en: 'The day the correction was made.' },
    }),
    table_name: patterned('[a-z_]+', {
      example: 'sites',
      title: { id: 'Tabel', en: 'Table' },
      description: { id: 'Nama tabel yang dikoreksi.', en: 'Name of the corrected table.' },
    }),
    row_id: patterned('[a-z0-9]+(?:[.-][a-z0-9]+)*', {
      example: 'manggar',
      title: { id: 'Baris', en: 'Row' },
      description: { id: 'Kunci utama baris yang dikoreksi.', en: 'Primary key of the corrected row.' },
    }),
    field: patterned('[a-z_]+', {
      example: 'address',
      title: { id: 'Kolom', en: 'Column' },
      description: { id: 'Kolom yang dikoreksi.', en: 'The corrected column.' },
    }),
    old_value: text({
      optional: true,
      maxLength: 1000,
      title: { id: 'Nilai lama', en: 'Old value' },
      description: { id: 'Nilai sebelum koreksi. Kosong = sebelumnya kosong.', en: 'Value before the correction. Empty = it was empty.' },
    }),
    new_value: text({
      optional: true,
      maxLength: 1000,
      title: { id: 'Nilai baru', en: 'New value' },
      description: { id: 'Nilai setelah koreksi. Kosong = dikosongkan.', en: 'Value after the correction. Empty = cleared.' },
    }),
    reason_ind: text({
      maxLength: 500,
      title: { id: 'Alasan (bahasa Indonesia)', en: 'Reason (Indonesian)' },
      description: { id: 'Mengapa nilai diubah.', en: 'Why the value changed.' },
    }),
    reason_eng: text({
      maxLength: 500,
      title: { id: 'Alasan (bahasa Inggris)', en: 'Reason (English)' },
      description: { id: 'Alasan yang sama dalam bahasa Inggris.', en: 'The same reason in English.' },
    }),
    source_ids: sourceIds(),
  },
  foreignKeys: sourceForeignKeys(),
});
