/**
 * Records a release: checks that the requested bump is exactly what the changes since the
 * last release call for, builds the files, writes them to data/releases/v{version}/, and
 * brings data/datapackage.json and the root CITATION.cff up to the new version.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { datapackageJson } from '../package/datapackage';
import { isEmptyDiff } from '../files/diff';
import type { Lang } from '../../i18n/lang';
import type { Bilingual } from '../schema/fields';
import { todayIn } from '../../config/today';
import { describeChange } from './version-rules';
import { buildRelease, CITATION_FILES } from './build';
import { boundaryLevels, changesBetween, type ReleaseChanges } from './changes';
import { ReleaseIntegrityError } from './integrity';
import { BUMPS, checkReleases, releaseFolder, type Bump, type Manifest } from './manifest';
import { releaseMessage, type ReleaseMessageKey, type ReleaseMessageParams } from './messages';
import { isCalendarDate } from '../schema/fields';

export const SUMMARY_LIMIT = 200;

/** A refusal: a message of t(lang).release.messages and its values, shown in the reader's language. */
export class ReleaseRefused<K extends ReleaseMessageKey = ReleaseMessageKey> extends Error {
  readonly params: ReleaseMessageParams<K>;
  constructor(
    readonly key: K,
    ...params: ReleaseMessageParams<K>
  ) {
    super(releaseMessage('en', key, ...params));
    this.name = 'ReleaseRefused';
    this.params = params;
  }
  text(lang: Lang): string {
    return releaseMessage(lang, this.key, ...this.params);
  }
}

export interface RecordOptions {
  bump: string;
  summary: Partial<Bilingual>;
  /** Project root: data/ and CITATION.cff live here. */
  root: string;
  /** Defaults to <root>/data. */
  dataDir?: string;
  /** Defaults to <dataDir>/releases. */
  releasesDir?: string;
  /** Defaults to today in the region's time zone. */
  date?: string;
}

const listKeys = (keys: string[]) => (keys.length > 6 ? `${keys.slice(0, 6).join(', ')}, … +${keys.length - 6}` : keys.join(', '));

/** One line per reason, at the level each calls for, for the refusal message. */
export function changeReasons(changes: ReleaseChanges, lang: Lang): string[] {
  const lines: string[] = [];
  for (const d of changes.tables) {
    if (isEmptyDiff(d)) continue;
    if (d.removed.length) lines.push(releaseMessage(lang, 'reason-rows-removed', { table: d.table, count: d.removed.length, keys: listKeys(d.removed.map((r) => r[d.primaryKey] ?? '')) }));
    if (d.added.length) lines.push(releaseMessage(lang, 'reason-rows-added', { table: d.table, count: d.added.length, keys: listKeys(d.added.map((r) => r[d.primaryKey] ?? '')) }));
    if (d.changed.length)
      lines.push(
        releaseMessage(lang, 'reason-rows-changed', {
          table: d.table,
          count: d.changed.length,
          keys: listKeys(d.changed.map((c) => `${c.key}: ${c.changes.map((f) => f.field).join('/')}`)),
        }),
      );
  }
  const boundaryLevel = boundaryLevels(changes.boundaries)[0];
  if (boundaryLevel) {
    const detail = [changes.boundaries.added.length ? `+${changes.boundaries.added.join(', +')}` : '', changes.boundaries.removed.length ? `-${changes.boundaries.removed.join(', -')}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(releaseMessage(lang, 'reason-boundaries', { level: boundaryLevel, detail }));
  }
  for (const c of changes.schema) lines.push(releaseMessage(lang, 'reason-schema', { level: c.level, change: describeChange(c) }));
  return lines;
}

function checkSummary(summary: Partial<Bilingual>): Bilingual {
  if (!summary.id?.trim() || !summary.en?.trim()) throw new ReleaseRefused('summary-missing');
  for (const [which, value] of [
    ['id', summary.id],
    ['en', summary.en],
  ] as const) {
    if (value.length > SUMMARY_LIMIT || /[\r\n<>]/.test(value)) throw new ReleaseRefused('summary-shape', { which, limit: SUMMARY_LIMIT });
  }
  return { id: summary.id.trim(), en: summary.en.trim() };
}

export interface RecordedRelease {
  manifest: Manifest;
  folder: string;
  /** Other files the command rewrote (relative to root). */
  updated: string[];
}

export function recordRelease(options: RecordOptions): RecordedRelease {
  if (!(BUMPS as readonly string[]).includes(options.bump)) throw new ReleaseRefused('bad-bump', { bump: options.bump });
  const bump = options.bump as Bump;
  const summary = checkSummary(options.summary);
  const dataDir = options.dataDir ?? join(options.root, 'data');
  const releasesDir = options.releasesDir ?? join(dataDir, 'releases');

  const { releases, problems } = checkReleases(releasesDir, relative(options.root, releasesDir) || releasesDir);
  if (problems.length) throw new ReleaseIntegrityError(problems);
  const last = releases.at(-1);

  const date = options.date ?? todayIn();
  if (!isCalendarDate(date) || (last?.manifest && date < last.manifest.date)) throw new ReleaseRefused('bad-date', { date, last: last?.manifest?.date ?? '—' });

  const changes = changesBetween(last?.dir, dataDir);
  if (last) {
    if (!changes.changed) throw new ReleaseRefused('nothing-changed', { last: last.version });
    if (changes.level !== bump) {
      const reasons = { id: changeReasons(changes, 'id').join('\n'), en: changeReasons(changes, 'en').join('\n') };
      throw new ReleaseRefused('wrong-bump', { bump, last: last.version, required: changes.level ?? 'patch', reasons });
    }
  }

  const version = semver.inc(last?.version ?? '0.0.0', bump)!;
  const folder = join(releasesDir, releaseFolder(version));
  if (existsSync(folder)) throw new ReleaseRefused('release-exists', { folder: relative(options.root, folder) });

  const { files, manifest } = buildRelease({
    dataDir,
    version,
    date,
    bump,
    summary,
    previous: last?.manifestSha256 ? { version: last.version, manifestSha256: last.manifestSha256 } : null,
    changes,
  });
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);

  writeFileSync(join(dataDir, 'datapackage.json'), datapackageJson(version));
  writeFileSync(join(options.root, CITATION_FILES.cff), files.get(CITATION_FILES.cff)!);
  return { manifest, folder, updated: [relative(options.root, join(dataDir, 'datapackage.json')), CITATION_FILES.cff] };
}
