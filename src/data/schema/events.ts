import { isoDate, identifier, kelurahanCode, oneOf, text } from './fields';
import { factDate, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

export const EVENT_KINDS = {
  regulation: { id: 'peraturan', en: 'regulation' },
  launch: { id: 'peluncuran', en: 'launch' },
  meeting: { id: 'rapat', en: 'meeting' },
  groundbreaking: { id: 'peletakan batu pertama', en: 'groundbreaking' },
  training: { id: 'pelatihan', en: 'training' },
  announcement: { id: 'pengumuman', en: 'announcement' },
  schedule: { id: 'jadwal', en: 'schedule' },
} as const;

export const LEVELS = {
  national: { id: 'nasional', en: 'national' },
  province: { id: 'provinsi', en: 'province' },
  city: { id: 'kota', en: 'city' },
  kelurahan: { id: 'kelurahan', en: 'kelurahan' },
} as const;

export const events = defineTable({
  name: 'events',
  title: { id: 'Linimasa', en: 'Timeline' },
  description: {
    id: 'Peristiwa bertanggal: peluncuran, peletakan batu pertama, rapat, peraturan.',
    en: 'Dated events: launches, groundbreakings, meetings, regulations.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: '2025-10-17-groundbreaking-graha-indah',
      title: { id: 'id peristiwa', en: 'Event id' },
      description: { id: 'Pengenal tetap peristiwa.', en: 'Stable identifier of the event.' },
    }),
    date: factDate(),
    date_end: isoDate({
      optional: true,
      title: { id: 'Tanggal selesai', en: 'End date' },
      description: { id: 'Hari terakhir bila peristiwa berlangsung beberapa hari. Kosong jika satu hari.', en: 'Last day when the event spans several days. Empty for a single day.' },
    }),
    kind: oneOf(EVENT_KINDS, {
      title: { id: 'Jenis', en: 'Kind' },
      description: { id: 'Jenis peristiwa.', en: 'Kind of event.' },
    }),
    level: oneOf(LEVELS, {
      title: { id: 'Tingkat', en: 'Level' },
      description: { id: 'Tingkat pemerintahan peristiwa ini.', en: 'Level of government of the event.' },
    }),
    kelurahan_code: kelurahanCode({
      optional: true,
      title: { id: 'Kelurahan', en: 'Kelurahan' },
      description: { id: 'Kelurahan yang disebut, bila ada (kode dari tabel kelurahan).', en: 'The kelurahan involved, if any (a code from the kelurahan table).' },
    }),
    title_ind: text({
      maxLength: 200,
      example: 'Peletakan batu pertama gerai koperasi di Graha Indah',
      title: { id: 'Judul (bahasa Indonesia)', en: 'Title (Indonesian)' },
      description: { id: 'Satu kalimat dengan kata-kata sendiri.', en: 'One sentence, in our own words.' },
    }),
    title_eng: text({
      maxLength: 200,
      example: 'Groundbreaking of the cooperative outlet in Graha Indah',
      title: { id: 'Judul (bahasa Inggris)', en: 'Title (English)' },
      description: { id: 'Kalimat yang sama dalam bahasa Inggris.', en: 'The same sentence in English.' },
    }),
    source_ids: sourceIds(),
  },
  foreignKeys: [{ field: 'kelurahan_code', resource: 'kelurahan', referenceField: 'code' }, ...sourceForeignKeys()],
  rules: [
    (row, report) => {
      if (row.date_end !== undefined && row.date_end < row.date) report('date_end', 'end-before-start');
      if (row.level === 'kelurahan' && !row.kelurahan_code) report('kelurahan_code', 'level-needs-kelurahan');
    },
  ],
});
