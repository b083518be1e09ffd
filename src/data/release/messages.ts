/**
 * What the release command says, in Indonesian and English. Every refusal says what is wrong
 * and the command that fixes it.
 */
import type { Lang } from '../schema/fields';

type Params = Record<string, string>;

export const releaseMessages: Record<string, Record<Lang, (p: Params) => string>> = {
  usage: {
    id: () =>
      'Pemakaian: npm run release -- <patch|minor|major> --summary "ringkasan satu baris" --summary-en "one-line summary" [--date YYYY-MM-DD] [--lang id|en]',
    en: () =>
      'Usage: npm run release -- <patch|minor|major> --summary "ringkasan satu baris" --summary-en "one-line summary" [--date YYYY-MM-DD] [--lang id|en]',
  },
  'bad-bump': {
    id: (p) => `${p.bump ? `«${p.bump}» bukan jenis rilis. ` : 'Jenis rilis belum disebut. '}Pilih patch (nilai diperbaiki atau baris yang keliru dihapus), minor (baris atau tabel ditambah) atau major (kolom dihapus, ditambah ke tabel yang ada, diganti nama atau tipe, atau batasan diperketat).`,
    en: (p) => `${p.bump ? `«${p.bump}» is not a release type. ` : 'No release type given. '}Choose patch (values fixed or wrong rows removed), minor (rows or tables added) or major (a field removed, added to an existing table, renamed or retyped, or a constraint tightened).`,
  },
  'summary-missing': {
    id: () => 'Setiap rilis perlu ringkasan satu baris dalam dua bahasa: tambahkan --summary "…" (bahasa Indonesia) dan --summary-en "…" (bahasa Inggris).',
    en: () => 'Every release needs a one-line summary in both languages: add --summary "…" (Indonesian) and --summary-en "…" (English).',
  },
  'summary-shape': {
    id: (p) => `Ringkasan ${p.which} harus satu baris teks biasa, paling banyak ${p.limit} karakter, tanpa tanda < >. Persingkat.`,
    en: (p) => `The ${p.which} summary must be one line of plain text, at most ${p.limit} characters, without < >. Shorten it.`,
  },
  'bad-date': {
    id: (p) => `--date ${p.date} bukan tanggal YYYY-MM-DD yang sah, atau lebih awal dari rilis terakhir (${p.last}).`,
    en: (p) => `--date ${p.date} is not a valid YYYY-MM-DD date, or it is earlier than the last release (${p.last}).`,
  },
  'nothing-changed': {
    id: (p) => `Tidak ada yang berubah di data/ sejak v${p.last}, jadi tidak ada yang dirilis. Ubah data dulu, lalu jalankan perintah ini lagi.`,
    en: (p) => `Nothing in data/ has changed since v${p.last}, so there is nothing to release. Change the data first, then run this again.`,
  },
  'wrong-bump': {
    id: (p) =>
      `Anda meminta rilis ${p.bump}, tetapi perubahan sejak v${p.last} memerlukan rilis ${p.required} (aturan semver Frictionless):\n${p.reasonsId ?? p.reasons}\nJalankan: npm run release -- ${p.required} --summary "…" --summary-en "…"`,
    en: (p) =>
      `You asked for a ${p.bump} release, but the changes since v${p.last} call for a ${p.required} release (Frictionless semver rule):\n${p.reasons}\nRun: npm run release -- ${p.required} --summary "…" --summary-en "…"`,
  },
  'release-exists': {
    id: (p) => `Folder ${p.folder} sudah ada. Rilis tidak pernah ditimpa; bila folder itu sisa percobaan yang belum di-commit, hapus dulu.`,
    en: (p) => `The folder ${p.folder} already exists. A release is never overwritten; if it is a leftover from an uncommitted attempt, delete it first.`,
  },
  recorded: {
    id: (p) =>
      `Rilis v${p.version} (${p.bump}) tercatat di ${p.folder} (${p.count} berkas).\nSimpan ke git: git add ${p.folder} ${p.extra} && git commit -m "Data release v${p.version}" && git tag data-v${p.version}`,
    en: (p) =>
      `Recorded release v${p.version} (${p.bump}) in ${p.folder} (${p.count} files).\nCommit and tag it: git add ${p.folder} ${p.extra} && git commit -m "Data release v${p.version}" && git tag data-v${p.version}`,
  },
  // Reasons, one line each.
  'reason-rows-removed': {
    id: (p) => `  - patch: ${p.table}: ${p.count} baris dihapus (${p.keys})`,
    en: (p) => `  - patch: ${p.table}: ${p.count} row(s) removed (${p.keys})`,
  },
  'reason-rows-added': {
    id: (p) => `  - minor: ${p.table}: ${p.count} baris ditambah (${p.keys})`,
    en: (p) => `  - minor: ${p.table}: ${p.count} row(s) added (${p.keys})`,
  },
  'reason-rows-changed': {
    id: (p) => `  - patch: ${p.table}: ${p.count} baris diubah (${p.keys})`,
    en: (p) => `  - patch: ${p.table}: ${p.count} row(s) changed (${p.keys})`,
  },
  'reason-boundaries': {
    id: (p) => `  - ${p.level}: batas wilayah berubah${p.detail ? ` (${p.detail})` : ''}`,
    en: (p) => `  - ${p.level}: the boundaries changed${p.detail ? ` (${p.detail})` : ''}`,
  },
  'reason-schema': {
    id: (p) => `  - ${p.level}: skema: ${p.change}`,
    en: (p) => `  - ${p.level}: schema: ${p.change}`,
  },
};

export function releaseMessage(key: string, lang: Lang, params: Params = {}): string {
  const entry = releaseMessages[key];
  if (!entry) return key;
  return entry[lang](params);
}
