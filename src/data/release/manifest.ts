/**
 * The manifest of a recorded release: every file with its size and sha256, the one-line
 * summary, and the sha256 of the previous release's manifest. The hashes are what make a
 * release immutable: the build re-hashes every file and refuses to go on if one changed,
 * and the chain of manifest hashes catches an edited manifest of an older release.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { Bilingual } from '../schema/fields';

export const MANIFEST_FILE = 'manifest.json';
export const CHECKSUMS_FILE = 'SHA256SUMS';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  name: string;
  version: string;
  /** The day the release was recorded, yyyy-mm-dd in the region's time zone. */
  date: string;
  summary: Bilingual;
  bump: Bump;
  previous: { version: string; manifestSha256: string } | null;
  files: ManifestFile[];
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Folder name of a release: v1.2.3. */
export const releaseFolder = (version: string) => `v${version}`;

/** Versions with a release folder under `dir`, oldest first; folders that are not v<semver> are ignored. */
export function releaseVersions(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^v\d/.test(entry.name) && semver.valid(entry.name.slice(1)) === entry.name.slice(1))
    .map((entry) => entry.name.slice(1))
    .sort(semver.compare);
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** What is wrong with a recorded release, one sentence each; empty when every byte is as recorded. */
export interface IntegrityProblem {
  version: string;
  /** Path shown to the reader, such as data/releases/v1.0.0/kelurahan.csv. */
  file: string;
  kind: 'manifest-missing' | 'manifest-unreadable' | 'file-missing' | 'file-changed' | 'file-added' | 'chain-broken';
  detail?: string;
}

export interface ReadRelease {
  version: string;
  dir: string;
  manifest?: Manifest;
  manifestSha256?: string;
}

function readManifest(dir: string, version: string, display: string, problems: IntegrityProblem[]): ReadRelease {
  const folder = join(dir, releaseFolder(version));
  const path = join(folder, MANIFEST_FILE);
  const shown = `${display}/${releaseFolder(version)}/${MANIFEST_FILE}`;
  if (!existsSync(path)) {
    problems.push({ version, file: shown, kind: 'manifest-missing' });
    return { version, dir: folder };
  }
  const bytes = readFileSync(path);
  try {
    const manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
    if (manifest.version !== version || !Array.isArray(manifest.files)) throw new Error(`it does not describe version ${version}`);
    return { version, dir: folder, manifest, manifestSha256: sha256(bytes) };
  } catch (err) {
    problems.push({ version, file: shown, kind: 'manifest-unreadable', detail: (err as Error).message });
    return { version, dir: folder };
  }
}

/**
 * Reads every release under `dir` and checks it byte for byte against its manifest.
 * `display` is how the folder appears in messages (data/releases).
 */
export function checkReleases(dir: string, display = 'data/releases'): { releases: ReadRelease[]; problems: IntegrityProblem[] } {
  const problems: IntegrityProblem[] = [];
  const releases = releaseVersions(dir).map((version) => readManifest(dir, version, display, problems));
  releases.forEach((release, i) => {
    const { manifest, version } = release;
    if (!manifest) return;
    const shown = (file: string) => `${display}/${releaseFolder(version)}/${file}`;
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const file of manifest.files) {
      const path = join(release.dir, file.path);
      if (!existsSync(path)) {
        problems.push({ version, file: shown(file.path), kind: 'file-missing' });
        continue;
      }
      const bytes = readFileSync(path);
      if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
        problems.push({ version, file: shown(file.path), kind: 'file-changed', detail: `sha256 ${sha256(bytes)}, recorded ${file.sha256}` });
      }
    }
    for (const entry of readdirSync(release.dir)) {
      if (entry !== MANIFEST_FILE && !listed.has(entry)) problems.push({ version, file: shown(entry), kind: 'file-added' });
    }
    const before = releases[i - 1];
    const expected = before?.manifestSha256 ? { version: before.version, manifestSha256: before.manifestSha256 } : null;
    const recorded = manifest.previous;
    if (before && before.manifest && (recorded?.version !== expected?.version || recorded?.manifestSha256 !== expected?.manifestSha256)) {
      problems.push({
        version: before.version,
        file: `${display}/${releaseFolder(before.version)}/${MANIFEST_FILE}`,
        kind: 'chain-broken',
        detail: `v${version} recorded ${recorded ? `v${recorded.version} with sha256 ${recorded.manifestSha256}` : 'no previous release'}`,
      });
    }
  });
  return { releases, problems };
}
