/**
 * `npm run data:diff`: what a change does to the data, row by row, between two versions of
 * data/ — git refs, the latest release, or the working tree. Kept apart from process.exit so
 * tests can run it in-process. Exit codes: 0 done, 2 bad usage (unknown ref, bad option).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import semver from 'semver';
import {
  diffBoundaryFeatures,
  diffDatasets,
  diffMarkdown,
  diffText,
  isEmptyDiff,
  markdownCell,
  type BoundaryFeatureDiff,
  type TableDiff,
} from '../data/files/diff';
import { releaseFolder, releaseVersions } from '../data/release/manifest';
import { RELEASES_DIR } from '../data/release/published';
import { BOUNDARIES_FILE } from '../data/schema/index';
import type { CommandResult } from './validate-command';

export const USAGE = `Usage: npm run data:diff -- [BASE_REF] [HEAD_REF] [--format text|markdown] [--keys-only]

  BASE_REF     the version to compare from: a branch, tag or commit. Default: the latest
               release (git tag data-v<version>, or the copy in data/releases/v<version>/),
               else origin/main, else main.
  HEAD_REF     the version to compare to. Default: the files in data/ as they are now.
  --format F   text (default) or markdown (a table, as in a pull request's job summary)
  --keys-only  list added and removed rows by key only, without their cells

Examples:
  npm run data:diff                              # what changed since the latest release
  npm run data:diff -- origin/main               # what this branch changes
  npm run data:diff -- data-v1.0.0 data-v1.1.0 --format markdown`;

/** Where the data lives, relative to the working directory (the repository root under npm run). */
export const DATA_DIR = 'data';
export const RELEASE_TAG_PREFIX = 'data-v';

/** One version of data/: a way to read its files, and how to name it to a reader. */
export interface DataVersion {
  label: string;
  read: (file: string) => Uint8Array | undefined;
}

/** A mistake of the person running the command: reported in one plain paragraph, exit 2. */
export class UsageError extends Error {}

function git(args: string[], cwd: string): Buffer {
  // An argument array, never a shell string: refs come from the command line.
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function gitOk(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** The commit a ref names, or undefined when it names none. */
export function resolveCommit(ref: string, cwd: string): string | undefined {
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) return undefined;
  return gitOk(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd) || undefined;
}

/** data/ as committed at a ref; a table file the ref does not have reads as an empty table. */
export function versionAtRef(ref: string, cwd: string): DataVersion {
  if (gitOk(['rev-parse', '--is-inside-work-tree'], cwd) !== 'true') {
    throw new UsageError(
      `${cwd} is not inside a git repository, so «${ref}» cannot be read. Run the command from the repository's folder.`,
    );
  }
  const commit = resolveCommit(ref, cwd);
  if (!commit) {
    throw new UsageError(
      `«${ref}» is not a branch, tag or commit of this repository. Check the spelling; list them with git branch -a and git tag. ` +
        `If it is a branch of the main repository, fetch it first (git fetch origin).`,
    );
  }
  // ls-tree prints paths relative to the working directory, as data/<file>.
  const listed = new Set((gitOk(['ls-tree', '--name-only', commit, '--', `${DATA_DIR}/`], cwd) ?? '').split('\n').filter(Boolean));
  return {
    label: ref === commit ? commit.slice(0, 12) : `${ref} (${commit.slice(0, 12)})`,
    read: (file) => {
      const path = `${DATA_DIR}/${file}`;
      if (!listed.has(path)) return undefined;
      return new Uint8Array(git(['show', `${commit}:./${path}`], cwd));
    },
  };
}

/** Files in a folder; a missing file reads as an empty table. */
export function versionInFolder(dir: string, label: string): DataVersion {
  return {
    label,
    read: (file) => {
      const path = join(dir, file);
      return existsSync(path) && statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : undefined;
    },
  };
}

/**
 * Versions released so far, oldest first, from both places a release leaves a mark: a git
 * tag data-v<version> and the folder data/releases/v<version>/.
 */
export function releasedVersions(cwd: string): { version: string; tag?: string; folder?: string }[] {
  const found = new Map<string, { version: string; tag?: string; folder?: string }>();
  const entry = (version: string) => found.get(version) ?? found.set(version, { version }).get(version)!;
  for (const tag of (gitOk(['tag', '--list', `${RELEASE_TAG_PREFIX}*`], cwd) ?? '').split('\n')) {
    const version = tag.slice(RELEASE_TAG_PREFIX.length);
    if (semver.valid(version) === version) entry(version).tag = tag;
  }
  const releases = join(cwd, RELEASES_DIR);
  for (const version of releaseVersions(releases)) entry(version).folder = join(releases, releaseFolder(version));
  return [...found.values()].sort((a, b) => semver.compare(a.version, b.version));
}

/** The default base: the latest release, else origin/main, else main. */
export function defaultBase(cwd: string): DataVersion {
  const latest = releasedVersions(cwd).at(-1);
  if (latest?.tag) return versionAtRef(latest.tag, cwd);
  // A release folder holds the tables as data/ had them, with the same file names.
  if (latest?.folder)
    return versionInFolder(latest.folder, `release v${latest.version} (${RELEASES_DIR}/${releaseFolder(latest.version)})`);
  for (const ref of ['origin/main', 'main']) if (resolveCommit(ref, cwd)) return versionAtRef(ref, cwd);
  throw new UsageError(
    'There is no release, no origin/main and no main branch to compare with. Name the version to compare from: npm run data:diff -- <ref>.',
  );
}

/** What changed in the boundary file, with the file's path as a reader sees it. */
export interface BoundaryDiff extends BoundaryFeatureDiff {
  file: string;
}

/** Compares the boundary file of two versions; undefined when its bytes are the same. */
export function diffBoundaries(base: DataVersion, head: DataVersion): BoundaryDiff | undefined {
  const diff = diffBoundaryFeatures(base.read(BOUNDARIES_FILE), head.read(BOUNDARIES_FILE));
  return diff && { file: `${DATA_DIR}/${BOUNDARIES_FILE}`, ...diff };
}

export interface DataDiff {
  base: DataVersion;
  head: DataVersion;
  tables: TableDiff[];
  boundaries: BoundaryDiff | undefined;
}

export function dataDiff(cwd: string, baseRef?: string, headRef?: string): DataDiff {
  const base = baseRef === undefined ? defaultBase(cwd) : versionAtRef(baseRef, cwd);
  const head = headRef === undefined ? versionInFolder(join(cwd, DATA_DIR), 'working tree (data/)') : versionAtRef(headRef, cwd);
  return { base, head, tables: diffDatasets(base.read, head.read), boundaries: diffBoundaries(base, head) };
}

function boundaryLines(diff: BoundaryDiff, format: 'text' | 'markdown'): string[] {
  if (diff.unreadable) {
    return format === 'markdown'
      ? [
          `### ${diff.file}`,
          '',
          'Berkas berubah tetapi tidak terbaca sebagai GeoJSON; lihat laporan validasi. / The file changed but cannot be read as GeoJSON; see the validation report.',
          '',
        ]
      : [`${diff.file}: changed, but one version cannot be read as GeoJSON`];
  }
  if (format === 'markdown') {
    return [
      `### ${diff.file}`,
      '',
      '| change | code | what |',
      '|---|---|---|',
      ...diff.added.map((code) => `| added | ${markdownCell(code)} | |`),
      ...diff.changed.map(({ code, what }) => `| changed | ${markdownCell(code)} | ${what.join(', ')} |`),
      ...diff.removed.map((code) => `| removed | ${markdownCell(code)} | |`),
      '',
    ];
  }
  return [
    `${diff.file}: +${diff.added.length} ~${diff.changed.length} -${diff.removed.length} features`,
    ...diff.added.map((code) => `  + ${code}`),
    ...diff.changed.map(({ code, what }) => `  ~ ${code} (${what.join(', ')})`),
    ...diff.removed.map((code) => `  - ${code}`),
  ];
}

export function formatDataDiff(diff: DataDiff, format: 'text' | 'markdown', cells = true): string {
  const tablesChanged = diff.tables.some((d) => !isEmptyDiff(d));
  const boundaries = diff.boundaries ? boundaryLines(diff.boundaries, format) : [];
  if (format === 'markdown') {
    const tables = tablesChanged || !diff.boundaries ? diffMarkdown(diff.tables, { cells }) : 'Tabel tidak berubah. / No table changes.\n';
    return [
      '## Perubahan data / Data changes',
      '',
      `${markdownCell(diff.base.label)} → ${markdownCell(diff.head.label)}`,
      '',
      tables,
      ...boundaries,
    ].join('\n');
  }
  const tables = tablesChanged || !diff.boundaries ? diffText(diff.tables, { cells }) : 'No table changes.\n';
  return `Data changes: ${diff.base.label} → ${diff.head.label}\n\n${tables}${boundaries.length ? `${boundaries.join('\n')}\n` : ''}`;
}

export function runDataDiff(argv: string[], cwd: string = process.cwd()): CommandResult {
  let values: { format?: string; 'keys-only'?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        'keys-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (err) {
    return { code: 2, stdout: '', stderr: `${(err as Error).message}\n\n${USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const format = values.format as string;
  if (format !== 'text' && format !== 'markdown')
    return { code: 2, stdout: '', stderr: `Unknown --format ${format}: use text or markdown.\n\n${USAGE}\n` };
  if (positionals.length > 2) return { code: 2, stdout: '', stderr: `Give at most two versions, not ${positionals.length}.\n\n${USAGE}\n` };
  try {
    const diff = dataDiff(cwd, positionals[0], positionals[1]);
    return { code: 0, stdout: formatDataDiff(diff, format, !values['keys-only']), stderr: '' };
  } catch (err) {
    if (err instanceof UsageError) return { code: 2, stdout: '', stderr: `${err.message}\n\n${USAGE}\n` };
    throw err;
  }
}
