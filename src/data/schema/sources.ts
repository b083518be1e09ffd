import { identifier, isoDate, oneOf, text, webUrl } from './fields';
import { defineTable } from './table';

export const SOURCE_KINDS = {
  news: { id: 'berita', en: 'news' },
  government: { id: 'situs pemerintah', en: 'government website' },
  regulation: { id: 'peraturan', en: 'regulation' },
  dataset: { id: 'dataset', en: 'dataset' },
  aggregator: { id: 'salinan atau agregator', en: 'copy or aggregator' },
  blog: { id: 'blog', en: 'blog' },
} as const;

export const sources = defineTable({
  name: 'sources',
  title: { id: 'Sumber', en: 'Sources' },
  description: {
    id: 'Setiap sumber yang dikutip data ini: satu baris per artikel, dokumen, atau dataset.',
    en: 'Every source the data cites: one row per article, document or dataset.',
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: 'inibalikpapan-2025-10-24',
      title: { id: 'id sumber', en: 'Source id' },
      description: { id: 'Pengenal tetap sumber: penerbit dan tanggal.', en: 'Stable identifier of the source: publisher and date.' },
    }),
    title: text({
      maxLength: 300,
      example: 'Kemitraan Koperasi Merah Putih terus didorong',
      title: { id: 'Judul', en: 'Title' },
      description: { id: 'Judul artikel atau dokumen (lihat title_basis).', en: 'Title of the article or document (see title_basis).' },
    }),
    title_basis: oneOf(
      {
        stated: { id: 'judul seperti tertulis di sumber', en: 'the title as the source writes it' },
        url: { id: 'disusun dari kata-kata di alamat URL (judul asli belum diperiksa)', en: 'rebuilt from the words in the URL (the actual title was not checked)' },
        described: { id: 'deskripsi kami (sumber tidak berjudul)', en: 'our description (the source has no title)' },
      },
      {
        title: { id: 'Dasar judul', en: 'Basis of the title' },
        description: { id: 'Dari mana judul ini berasal.', en: 'Where the title comes from.' },
      },
    ),
    publisher: text({
      maxLength: 120,
      example: 'IniBalikpapan',
      title: { id: 'Penerbit', en: 'Publisher' },
      description: { id: 'Media, lembaga, atau pemilik repositori.', en: 'Outlet, body or repository owner.' },
    }),
    url: webUrl({
      title: { id: 'URL', en: 'URL' },
      description: { id: 'Alamat http atau https. Alamat lain (javascript:, data:, file:) ditolak.', en: 'An http or https address. Other schemes (javascript:, data:, file:) are refused.' },
    }),
    published: isoDate({
      optional: true,
      title: { id: 'Tanggal terbit', en: 'Publication date' },
      description: { id: 'Tanggal terbit. Kosong = tidak diketahui.', en: 'Publication date. Empty = unknown.' },
    }),
    published_basis: oneOf(
      {
        stated: { id: 'tertulis di halaman', en: 'stated on the page' },
        url: { id: 'dibaca dari alamat URL', en: 'read from the URL path' },
      },
      {
        optional: true,
        title: { id: 'Dasar tanggal terbit', en: 'Basis of the publication date' },
        description: { id: 'Dari mana tanggal terbit diketahui. Wajib bila tanggal terbit diisi.', en: 'Where the publication date comes from. Required when a publication date is given.' },
      },
    ),
    accessed: isoDate({
      title: { id: 'Tanggal diakses', en: 'Date accessed' },
      description: { id: 'Hari sumber ini diperiksa dan dicatat oleh proyek.', en: 'The day the project checked and recorded this source.' },
    }),
    language: oneOf(
      { id: { id: 'bahasa Indonesia', en: 'Indonesian' }, en: { id: 'bahasa Inggris', en: 'English' } },
      {
        title: { id: 'Bahasa', en: 'Language' },
        description: { id: 'Bahasa sumber (kode ISO 639-1).', en: 'Language of the source (ISO 639-1 code).' },
      },
    ),
    kind: oneOf(SOURCE_KINDS, {
      title: { id: 'Jenis sumber', en: 'Kind of source' },
      description: { id: 'Jenis sumber; menentukan seberapa kuat sumber ini.', en: 'Kind of source; it bears on how much weight the source carries.' },
    }),
  },
  rules: [
    (row, report) => {
      if (row.published && row.published > row.accessed) report('published', 'published-after-accessed');
      if (row.published && !row.published_basis) report('published_basis', 'published-needs-basis');
      if (!row.published && row.published_basis) report('published', 'orphan-figure-detail');
    },
  ],
});
