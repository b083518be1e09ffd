/**
 * The README of a release, in Indonesian then English: what the data is, the files, the
 * licence, how to cite it, its caveats, and how to check the files. Generated, so every
 * release explains itself the same way.
 */
import type { Bilingual, Lang } from '../schema/fields';
import { BOUNDARIES_FILE, tableList } from '../schema/index';
import { apaParts, apaText, bibtex, type CitationRecord } from './citation';
import { CHECKSUMS_FILE } from './manifest';

export interface ReadmeInput {
  version: string;
  date: string;
  summary: Bilingual;
  previous: string | undefined;
  title: Bilingual;
  description: Bilingual;
  /** Rows per table name. */
  rowCounts: Record<string, number>;
  citation: CitationRecord;
}

const TEXT = {
  id: {
    heading: 'Bahasa Indonesia',
    released: 'Dirilis',
    previous: 'Versi sebelumnya',
    firstRelease: 'rilis pertama',
    summary: 'Ringkasan perubahan',
    what: 'Isi data',
    files: 'Berkas',
    fileHeader: '| berkas | baris | isi |',
    jsonNote:
      'Setiap tabel juga tersedia sebagai JSON (<tabel>.json): larik objek dengan semua kolom, null untuk nilai yang tidak diketahui, daftar sebagai larik, angka dan boolean bertipe.',
    otherFiles: [
      [BOUNDARIES_FILE, 'batas 34 kelurahan (GeoJSON, WGS84)'],
      ['datapackage.json', 'deskripsi Frictionless Data Package: skema setiap kolom, kunci, lisensi, serta ukuran (bytes) dan sha256 (hash) setiap berkas'],
      ['CHANGES.md, changes.json', 'perubahan dibanding versi sebelumnya, baris demi baris (dibuat otomatis)'],
      ['CITATION.cff, CITATION.bib, CITATION-APA.txt', 'cara mengutip versi ini'],
      ['ATTRIBUTION.md', 'atribusi dan lisensi MIT untuk kode wilayah dan batas'],
      [CHECKSUMS_FILE, 'sidik sha256 setiap berkas di folder ini'],
    ],
    licence: 'Lisensi',
    licenceText:
      'Data yang dihimpun proyek ini berlisensi Creative Commons Attribution 4.0 International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): boleh dipakai, diubah, dan disebarkan, juga untuk keperluan komersial, asalkan sumbernya disebut. Kode kecamatan dan kelurahan (kecamatan.csv, kelurahan.csv) serta batas wilayah (kelurahan-boundaries.geojson) berasal dari repositori berlisensi MIT dan tetap MIT dengan atribusi: lihat ATTRIBUTION.md.',
    cite: 'Cara mengutip',
    citeIntro: 'Sebutkan versi yang Anda pakai. APA:',
    caveats: 'Catatan dan keterbatasan',
    caveatList: [
      'Data disusun dari berita, dokumen publik, dan daftar kode wilayah, bukan dari daftar resmi koperasi. Setiap baris menyebut sumbernya di kolom source_ids (lihat sources.csv).',
      'Sel kosong berarti tidak diketahui — bukan nol dan bukan "tidak".',
      'Pernyataan dengan scope = all-cooperatives dinyatakan sumber untuk semua koperasi di kota, tanpa menyebut satu koperasi pun.',
      'Angka tingkat kota (indicators.csv) tidak pernah dibagi ke kelurahan.',
      'Bila sumber berbeda pendapat, semua versi disimpan dan perbedaannya dicatat di disagreements.csv.',
      'Nama koperasi dengan name_basis = naming-rule disusun dari aturan penamaan, bukan nama terdaftar.',
      'Tanggal ditulis yyyy-mm-dd; kolom date_kind menjelaskan apakah tanggal itu hari kejadian (event) atau hari pernyataan sumber (as-of).',
      'Batas wilayah tidak disebutkan asal geometrinya oleh repositori hulu dan memiliki celah serta tumpang-tindih kecil: jangan dipakai untuk keperluan hukum atau kadaster. Kode BPS berasal dari periode 2018H1.',
    ],
    verify: 'Memeriksa berkas',
    verifyText: `Di folder rilis, jalankan \`sha256sum -c ${CHECKSUMS_FILE}\` (Linux), \`shasum -a 256 -c ${CHECKSUMS_FILE}\` (macOS), atau \`Get-FileHash -Algorithm SHA256 <berkas>\` (Windows PowerShell) dan bandingkan dengan ${CHECKSUMS_FILE}. Setiap baris harus berakhir dengan OK.`,
    spreadsheet: 'Membuka di spreadsheet',
    spreadsheetText:
      'Berkas CSV memakai UTF-8 dan pemisah koma. Excel berbahasa Indonesia mengharapkan titik koma: buka lewat Data → From Text/CSV, pilih File Origin 65001: Unicode (UTF-8) dan Delimiter Comma, lalu ubah kolom kode menjadi Text agar kode bertitik seperti 64.71.03.1006 tetap utuh. Di LibreOffice, pilih Character set Unicode (UTF-8), Separated by Comma, dan atur kolom kode sebagai Text.',
  },
  en: {
    heading: 'English',
    released: 'Released',
    previous: 'Previous version',
    firstRelease: 'first release',
    summary: 'Summary of changes',
    what: 'What the data is',
    files: 'Files',
    fileHeader: '| file | rows | contents |',
    jsonNote:
      'Every table is also available as JSON (<table>.json): an array of objects with every column, null for unknown values, lists as arrays, numbers and booleans typed.',
    otherFiles: [
      [BOUNDARIES_FILE, 'boundaries of the 34 kelurahan (GeoJSON, WGS84)'],
      ['datapackage.json', 'Frictionless Data Package descriptor: the schema of every column, keys, licences, and the size (bytes) and sha256 (hash) of every file'],
      ['CHANGES.md, changes.json', 'what changed since the previous version, row by row (generated)'],
      ['CITATION.cff, CITATION.bib, CITATION-APA.txt', 'how to cite this version'],
      ['ATTRIBUTION.md', 'attribution and MIT licence for the area codes and boundaries'],
      [CHECKSUMS_FILE, 'sha256 of every file in this folder'],
    ],
    licence: 'Licence',
    licenceText:
      'The data compiled by this project is licensed Creative Commons Attribution 4.0 International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): you may use, adapt and share it, also commercially, as long as you credit the source. The kecamatan and kelurahan codes (kecamatan.csv, kelurahan.csv) and the boundaries (kelurahan-boundaries.geojson) come from MIT-licensed repositories and stay under MIT with attribution: see ATTRIBUTION.md.',
    cite: 'How to cite',
    citeIntro: 'Name the version you used. APA:',
    caveats: 'Caveats',
    caveatList: [
      'The data is compiled from news reports, public documents and area-code lists, not from an official register of cooperatives. Every row names its sources in the source_ids column (see sources.csv).',
      'An empty cell means unknown — not zero and not "no".',
      'Statements with scope = all-cooperatives are made by the source for every cooperative in the city, without naming any one of them.',
      'City-level figures (indicators.csv) are never split onto kelurahan.',
      'Where sources disagree, every version is kept and the disagreement is listed in disagreements.csv.',
      'Cooperative names with name_basis = naming-rule follow the naming rule; they are not registered names.',
      'Dates are written yyyy-mm-dd; the date_kind column says whether a date is the day something happened (event) or the day of the source statement (as-of).',
      'The upstream repository does not say where the boundary geometry comes from, and neighbouring polygons have small gaps and overlaps: do not use them for legal or cadastral purposes. BPS codes are from period 2018H1.',
    ],
    verify: 'Checking the files',
    verifyText: `In the release folder, run \`sha256sum -c ${CHECKSUMS_FILE}\` (Linux), \`shasum -a 256 -c ${CHECKSUMS_FILE}\` (macOS), or \`Get-FileHash -Algorithm SHA256 <file>\` (Windows PowerShell) and compare with ${CHECKSUMS_FILE}. Every line must end in OK.`,
    spreadsheet: 'Opening in a spreadsheet',
    spreadsheetText:
      'The CSV files are UTF-8 with comma delimiters. Excel with Indonesian regional settings expects semicolons: open them with Data → From Text/CSV, choose File Origin 65001: Unicode (UTF-8) and Delimiter Comma, and set the code columns to Text so that dotted codes such as 64.71.03.1006 stay intact. In LibreOffice, choose Character set Unicode (UTF-8), Separated by Comma, and set the code columns to Text.',
  },
} as const;

function section(lang: Lang, input: ReadmeInput): string[] {
  const t = TEXT[lang];
  const apa = apaText(apaParts(input.citation)[lang]);
  return [
    `## ${t.heading}`,
    '',
    `- ${t.released}: ${input.date}`,
    `- ${t.previous}: ${input.previous ? `v${input.previous}` : t.firstRelease}`,
    `- ${t.summary}: ${input.summary[lang]}`,
    '',
    `### ${t.what}`,
    '',
    input.description[lang],
    '',
    `### ${t.files}`,
    '',
    t.fileHeader,
    '|---|---:|---|',
    ...tableList.map((table) => `| ${table.name}.csv | ${input.rowCounts[table.name] ?? 0} | ${table.title[lang]}: ${table.description[lang]} |`),
    '',
    t.jsonNote,
    '',
    ...t.otherFiles.map(([file, what]) => `- ${file}: ${what}`),
    '',
    `### ${t.licence}`,
    '',
    t.licenceText,
    '',
    `### ${t.cite}`,
    '',
    t.citeIntro,
    '',
    `> ${apa}`,
    '',
    'BibTeX:',
    '',
    '```bibtex',
    bibtex(input.citation).trimEnd(),
    '```',
    '',
    `### ${t.caveats}`,
    '',
    ...t.caveatList.map((c) => `- ${c}`),
    '',
    `### ${t.verify}`,
    '',
    t.verifyText,
    '',
    `### ${t.spreadsheet}`,
    '',
    t.spreadsheetText,
    '',
  ];
}

export function releaseReadme(input: ReadmeInput): string {
  return [`# ${input.title.id} — data v${input.version}`, '', `*${input.title.en}*`, '', ...section('id', input), ...section('en', input)].join('\n');
}
