/**
 * The recorded data releases, for the site: the list, the newest one, the bytes of each file
 * (checked against the release manifest, so the build fails if a past release was edited),
 * and whether data/ has changed since the newest release.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Bilingual } from '../schema/fields';
import { checkReleases, releaseFolder, type Bump, type Manifest, type ManifestFile } from './manifest';
import { ReleaseIntegrityError } from './integrity';
import { changesBetween, type ReleaseChanges } from './changes';
import { CHANGES_JSON, type Changelog } from './changelog';
import { tableNames } from '../schema/index';

export interface Release {
  version: string;
  /** yyyy-mm-dd */
  date: string;
  summary: Bilingual;
  bump: Bump;
  previous: string | undefined;
  files: ManifestFile[];
  /** Folder name under /data/ and data/releases/: v1.0.0. */
  folder: string;
  /** The release's folder on disk. */
  dir: string;
}

export const RELEASES_DIR = 'data/releases';

function toRelease(manifest: Manifest, dir: string): Release {
  return {
    version: manifest.version,
    date: manifest.date,
    summary: manifest.summary,
    bump: manifest.bump,
    previous: manifest.previous?.version,
    files: manifest.files,
    folder: releaseFolder(manifest.version),
    dir,
  };
}

const cache = new Map<string, Release[]>();

/**
 * Every release, newest first, after checking each file against its manifest.
 * Throws ReleaseIntegrityError (naming the file and the fix) when a release was altered.
 */
export function listReleases(dir: string = resolve(RELEASES_DIR), display = RELEASES_DIR): Release[] {
  const key = `${dir}\0${display}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { releases, problems } = checkReleases(dir, display);
  if (problems.length) throw new ReleaseIntegrityError(problems);
  const list = releases.map((r) => toRelease(r.manifest!, r.dir)).reverse();
  cache.set(key, list);
  return list;
}

/** The newest release, or undefined before the first one is recorded. */
export function latestRelease(dir?: string): Release | undefined {
  return listReleases(dir)[0];
}

/** The recorded bytes of one file of a release (already verified by listReleases). */
export function releaseFileBytes(release: Release, path: string): Buffer {
  if (!release.files.some((f) => f.path === path)) throw new Error(`${release.folder} has no file ${path}`);
  return readFileSync(join(release.dir, path));
}

export function releaseFileText(release: Release, path: string): string {
  return releaseFileBytes(release, path).toString('utf8');
}

/**
 * What changed in data/ since the newest release: rows per table, the boundary file, and
 * the schema. `changed` is false when data/ matches the release exactly.
 */
export function unreleasedChanges(options: { releasesDir?: string; dataDir?: string } = {}): ReleaseChanges & { since: Release | undefined } {
  const since = latestRelease(options.releasesDir);
  const changes = changesBetween(since?.dir, options.dataDir ?? resolve('data'));
  return { ...changes, since };
}

let status: (ReleaseChanges & { since: Release | undefined }) | undefined;

/** unreleasedChanges() for data/ and data/releases/, computed once per build. */
export function releaseStatus(): ReleaseChanges & { since: Release | undefined } {
  status ??= unreleasedChanges();
  return status;
}

/** True when data/ differs from the newest release (or nothing has been released yet). */
export function dataChangedSinceRelease(): boolean {
  return releaseStatus().changed;
}

/** The folder that follows the newest release. */
export const LATEST_FOLDER = 'latest';

/** The newest release and whether the data has moved on since, as the API's meta reports it. */
export function apiReleaseInfo(): { version: string; date: string; changedSince: boolean } | undefined {
  const { since, changed } = releaseStatus();
  return since ? { version: since.version, date: since.date, changedSince: changed } : undefined;
}

/** The changelog stored with a release (generated when it was recorded). */
export function releaseChangelog(release: Release): Changelog {
  return JSON.parse(releaseFileText(release, CHANGES_JSON)) as Changelog;
}

/** Rows per table in a release, counted from its JSON files. */
export function releaseRowCounts(release: Release): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of tableNames) {
    if (release.files.some((f) => f.path === `${name}.json`)) counts[name] = (JSON.parse(releaseFileText(release, `${name}.json`)) as unknown[]).length;
  }
  return counts;
}
