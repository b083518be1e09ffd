/**
 * The messages of the release rules (version-rules.ts), in Indonesian and English: a published
 * release never changes, and a schema change needs the right version. The validator reports
 * them; the build's ReleaseIntegrityError (integrity.ts) prints them too.
 */
import type { Lang } from '../schema/fields';

type Params = Record<string, string>;
type Message = Record<Lang, (p: Params) => string>;

const q = (s: string | undefined) => `«${s ?? ''}»`;

export const releaseRuleMessages = {
  'release-file-changed': {
    id: (p) =>
      `Berkas rilis ${p.file} berubah sejak diterbitkan${p.detail ? ` (${p.detail})` : ''}. Rilis yang sudah terbit tidak pernah diubah: pulihkan berkas itu dari git (git checkout -- ${p.file}). Untuk memperbaiki data, ubah berkas di data/ lalu catat rilis baru (npm run release -- patch).`,
    en: (p) =>
      `The release file ${p.file} has changed since it was published${p.detail ? ` (${p.detail})` : ''}. A published release is never edited: restore the file from git (git checkout -- ${p.file}). To fix the data, edit the files in data/ and record a new release (npm run release -- patch).`,
  },
  'release-file-missing': {
    id: (p) => `Berkas rilis ${p.file} hilang. Rilis yang sudah terbit disajikan selamanya: pulihkan berkas itu dari git (git checkout -- ${p.file}).`,
    en: (p) => `The release file ${p.file} is missing. A published release is served forever: restore the file from git (git checkout -- ${p.file}).`,
  },
  'release-file-added': {
    id: (p) => `Berkas ${p.file} tidak tercatat di manifest rilisnya. Rilis yang sudah terbit tidak boleh ditambah: hapus berkas itu; isi baru masuk ke rilis berikutnya.`,
    en: (p) => `The file ${p.file} is not listed in its release manifest. A published release is never added to: delete that file; new content goes into the next release.`,
  },
  'release-manifest-missing': {
    id: (p) => `Manifest rilis ${p.file} tidak ada, jadi keutuhan rilis tidak bisa diperiksa. Pulihkan dari git (git checkout -- ${p.file}).`,
    en: (p) => `The release manifest ${p.file} is missing, so the release cannot be checked. Restore it from git (git checkout -- ${p.file}).`,
  },
  'release-manifest-unreadable': {
    id: (p) => `Manifest rilis ${p.file} tidak bisa dibaca${p.detail ? ` (${p.detail})` : ''}. Pulihkan dari git (git checkout -- ${p.file}).`,
    en: (p) => `The release manifest ${p.file} cannot be read${p.detail ? ` (${p.detail})` : ''}. Restore it from git (git checkout -- ${p.file}).`,
  },
  'release-chain-broken': {
    id: (p) =>
      `Manifest ${p.file} tidak cocok dengan sidik sha256 yang dicatat rilis berikutnya${p.detail ? ` (${p.detail})` : ''}. Manifest rilis lama telah diubah: pulihkan dari git (git checkout -- ${p.file}).`,
    en: (p) =>
      `The manifest ${p.file} does not match the sha256 recorded by the next release${p.detail ? ` (${p.detail})` : ''}. An old release manifest was edited: restore it from git (git checkout -- ${p.file}).`,
  },
  'schema-version': {
    id: (p) =>
      `Skema data berubah sejak rilis terakhir${p.last ? ` (v${p.last})` : ''} dengan cara yang memerlukan versi ${p.required ?? ''} baru: ${p.changes ?? ''}. Catat rilis ${p.required ?? ''}: npm run release -- ${p.required ?? ''} --summary "…" --summary-en "…"; atau batalkan perubahan skema itu.`,
    en: (p) =>
      `The data schema has changed since the last release${p.last ? ` (v${p.last})` : ''} in a way that needs a new ${p.required ?? ''} version: ${p.changes ?? ''}. Record a ${p.required ?? ''} release: npm run release -- ${p.required ?? ''} --summary "…" --summary-en "…"; or undo the schema change.`,
  },
  'version-not-semver': {
    id: (p) => `Versi ${q(p.cell)} di ${p.file} bukan versi semver (mayor.minor.patch). Tulis misalnya 1.0.0, atau jalankan npm run release.`,
    en: (p) => `The version ${q(p.cell)} in ${p.file} is not a semver version (major.minor.patch). Write it like 1.0.0, or run npm run release.`,
  },
  'version-behind-release': {
    id: (p) => `Versi ${q(p.cell)} di ${p.file} lebih lama dari rilis terakhir${p.last ? ` (v${p.last})` : ''}. Tulis versi rilis terakhir itu; versi baru hanya dibuat oleh npm run release.`,
    en: (p) => `The version ${q(p.cell)} in ${p.file} is older than the last release${p.last ? ` (v${p.last})` : ''}. Write the last release's version; new versions are made only by npm run release.`,
  },
} satisfies Record<string, Message>;

export type ReleaseRuleKey = keyof typeof releaseRuleMessages;

/** The message of a release finding: its parameters, its file and the cell it names. */
export function releaseRuleMessage(finding: { key: ReleaseRuleKey; file: string; cell?: string; params?: Params }, lang: Lang): string {
  return releaseRuleMessages[finding.key][lang]({ field: '', cell: finding.cell ?? '', file: finding.file, ...finding.params });
}
