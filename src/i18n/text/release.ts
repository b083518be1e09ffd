/**
 * What the release tools say and write: the release command's messages (every refusal says
 * what is wrong and the command that fixes it) and the README of every release, Indonesian
 * then English.
 */
import type { Bump } from '../../data/release/manifest';
import { defineText } from '../define-text';
import type { Lang } from '../lang';

interface RowReason {
  table: string;
  count: number;
  keys: string;
}

export const release = defineText({
  id: {
    messages: {
      usage: () =>
        'Pemakaian: npm run release -- <patch|minor|major> --summary "ringkasan satu baris" --summary-en "one-line summary" [--date YYYY-MM-DD] [--lang id|en]',
      'bad-bump': (p: { bump: string }) =>
        `${p.bump ? `«${p.bump}» bukan jenis rilis. ` : 'Jenis rilis belum disebut. '}Pilih patch (nilai diperbaiki atau baris yang keliru dihapus), minor (baris atau tabel ditambah) atau major (kolom dihapus, ditambah ke tabel yang ada, diganti nama atau tipe, atau batasan diperketat).`,
      'summary-missing': () =>
        'Setiap rilis perlu ringkasan satu baris dalam dua bahasa: tambahkan --summary "…" (bahasa Indonesia) dan --summary-en "…" (bahasa Inggris).',
      'summary-shape': (p: { which: Lang; limit: number }) =>
        `Ringkasan ${p.which === 'id' ? 'bahasa Indonesia' : 'bahasa Inggris'} harus satu baris teks biasa, paling banyak ${p.limit} karakter, tanpa tanda < >. Persingkat.`,
      'bad-date': (p: { date: string; last: string }) =>
        `--date ${p.date} bukan tanggal YYYY-MM-DD yang sah, atau lebih awal dari rilis terakhir (${p.last}).`,
      'nothing-changed': (p: { last: string }) =>
        `Tidak ada yang berubah di data/ sejak v${p.last}, jadi tidak ada yang dirilis. Ubah data dulu, lalu jalankan perintah ini lagi.`,
      'wrong-bump': (p: { bump: Bump; last: string; required: Bump; reasons: Record<Lang, string> }) =>
        `Anda meminta rilis ${p.bump}, tetapi perubahan sejak v${p.last} memerlukan rilis ${p.required} (aturan semver Frictionless):\n${p.reasons.id}\nJalankan: npm run release -- ${p.required} --summary "…" --summary-en "…"`,
      'release-exists': (p: { folder: string }) =>
        `Folder ${p.folder} sudah ada. Rilis tidak pernah ditimpa; bila folder itu sisa percobaan yang belum di-commit, hapus dulu.`,
      recorded: (p: { version: string; bump: Bump; folder: string; count: number; extra: string }) =>
        `Rilis v${p.version} (${p.bump}) tercatat di ${p.folder} (${p.count} berkas).\nSimpan ke git: git add ${p.folder} ${p.extra} && git commit -m "Data release v${p.version}" && git tag data-v${p.version}`,
      // Reasons, one line each.
      'reason-rows-removed': (p: RowReason) => `  - patch: ${p.table}: ${p.count} baris dihapus (${p.keys})`,
      'reason-rows-added': (p: RowReason) => `  - minor: ${p.table}: ${p.count} baris ditambah (${p.keys})`,
      'reason-rows-changed': (p: RowReason) => `  - patch: ${p.table}: ${p.count} baris diubah (${p.keys})`,
      'reason-boundaries': (p: { level: Bump; detail: string }) =>
        `  - ${p.level}: batas wilayah berubah${p.detail ? ` (${p.detail})` : ''}`,
      'reason-schema': (p: { level: Bump; change: string }) => `  - ${p.level}: skema: ${p.change}`,
    },
    readme: {
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
      otherFiles: (files: { boundaries: string; checksums: string }): [string, string][] => [
        [files.boundaries, 'batas 34 kelurahan (GeoJSON, WGS84)'],
        [
          'datapackage.json',
          'deskripsi Frictionless Data Package: skema setiap kolom, kunci, lisensi, serta ukuran (bytes) dan sha256 (hash) setiap berkas',
        ],
        ['CHANGES.md, changes.json', 'perubahan dibanding versi sebelumnya, baris demi baris (dibuat otomatis)'],
        ['CITATION.cff, CITATION.bib, CITATION-APA.txt', 'cara mengutip versi ini'],
        ['ATTRIBUTION.md', 'atribusi dan lisensi MIT untuk kode wilayah dan batas'],
        [files.checksums, 'sidik sha256 setiap berkas di folder ini'],
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
      verifyText: (checksums: string) =>
        `Di folder rilis, jalankan \`sha256sum -c ${checksums}\` (Linux), \`shasum -a 256 -c ${checksums}\` (macOS), atau \`Get-FileHash -Algorithm SHA256 <berkas>\` (Windows PowerShell) dan bandingkan dengan ${checksums}. Setiap baris harus berakhir dengan OK.`,
      spreadsheet: 'Membuka di spreadsheet',
      spreadsheetText:
        'Berkas CSV memakai UTF-8 dan pemisah koma. Excel berbahasa Indonesia mengharapkan titik koma: buka lewat Data → From Text/CSV, pilih File Origin 65001: Unicode (UTF-8) dan Delimiter Comma, lalu ubah kolom kode menjadi Text agar kode bertitik seperti 64.71.03.1006 tetap utuh. Di LibreOffice, pilih Character set Unicode (UTF-8), Separated by Comma, dan atur kolom kode sebagai Text.',
    },
  },
  en: {
    messages: {
      usage: () =>
        'Usage: npm run release -- <patch|minor|major> --summary "ringkasan satu baris" --summary-en "one-line summary" [--date YYYY-MM-DD] [--lang id|en]',
      'bad-bump': (p) =>
        `${p.bump ? `«${p.bump}» is not a release type. ` : 'No release type given. '}Choose patch (values fixed or wrong rows removed), minor (rows or tables added) or major (a field removed, added to an existing table, renamed or retyped, or a constraint tightened).`,
      'summary-missing': () =>
        'Every release needs a one-line summary in both languages: add --summary "…" (Indonesian) and --summary-en "…" (English).',
      'summary-shape': (p) =>
        `The ${p.which === 'id' ? 'Indonesian' : 'English'} summary must be one line of plain text, at most ${p.limit} characters, without < >. Shorten it.`,
      'bad-date': (p) => `--date ${p.date} is not a valid YYYY-MM-DD date, or it is earlier than the last release (${p.last}).`,
      'nothing-changed': (p) =>
        `Nothing in data/ has changed since v${p.last}, so there is nothing to release. Change the data first, then run this again.`,
      'wrong-bump': (p) =>
        `You asked for a ${p.bump} release, but the changes since v${p.last} call for a ${p.required} release (Frictionless semver rule):\n${p.reasons.en}\nRun: npm run release -- ${p.required} --summary "…" --summary-en "…"`,
      'release-exists': (p) =>
        `The folder ${p.folder} already exists. A release is never overwritten; if it is a leftover from an uncommitted attempt, delete it first.`,
      recorded: (p) =>
        `Recorded release v${p.version} (${p.bump}) in ${p.folder} (${p.count} files).\nCommit and tag it: git add ${p.folder} ${p.extra} && git commit -m "Data release v${p.version}" && git tag data-v${p.version}`,
      // Reasons, one line each.
      'reason-rows-removed': (p) => `  - patch: ${p.table}: ${p.count} row(s) removed (${p.keys})`,
      'reason-rows-added': (p) => `  - minor: ${p.table}: ${p.count} row(s) added (${p.keys})`,
      'reason-rows-changed': (p) => `  - patch: ${p.table}: ${p.count} row(s) changed (${p.keys})`,
      'reason-boundaries': (p) => `  - ${p.level}: the boundaries changed${p.detail ? ` (${p.detail})` : ''}`,
      'reason-schema': (p) => `  - ${p.level}: schema: ${p.change}`,
    },
    readme: {
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
      otherFiles: (files: { boundaries: string; checksums: string }): [string, string][] => [
        [files.boundaries, 'boundaries of the 34 kelurahan (GeoJSON, WGS84)'],
        [
          'datapackage.json',
          'Frictionless Data Package descriptor: the schema of every column, keys, licences, and the size (bytes) and sha256 (hash) of every file',
        ],
        ['CHANGES.md, changes.json', 'what changed since the previous version, row by row (generated)'],
        ['CITATION.cff, CITATION.bib, CITATION-APA.txt', 'how to cite this version'],
        ['ATTRIBUTION.md', 'attribution and MIT licence for the area codes and boundaries'],
        [files.checksums, 'sha256 of every file in this folder'],
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
      verifyText: (checksums: string) =>
        `In the release folder, run \`sha256sum -c ${checksums}\` (Linux), \`shasum -a 256 -c ${checksums}\` (macOS), or \`Get-FileHash -Algorithm SHA256 <file>\` (Windows PowerShell) and compare with ${checksums}. Every line must end in OK.`,
      spreadsheet: 'Opening in a spreadsheet',
      spreadsheetText:
        'The CSV files are UTF-8 with comma delimiters. Excel with Indonesian regional settings expects semicolons: open them with Data → From Text/CSV, choose File Origin 65001: Unicode (UTF-8) and Delimiter Comma, and set the code columns to Text so that dotted codes such as 64.71.03.1006 stay intact. In LibreOffice, choose Character set Unicode (UTF-8), Separated by Comma, and set the code columns to Text.',
    },
  },
});
