/**
 * The changelog's row diff on hand-made before/after tables with known answers
 * (tests/fixtures/release-diff/README.md), and the same diff as a recorded release stores it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDatasets, isEmptyDiff, type TableDiff } from '../../src/data/files/diff';
import { changelogMarkdown, changelogOf, type Changelog } from '../../src/data/release/changelog';
import { boundaryChanges, boundaryLevels, changesBetween, rowLevels } from '../../src/data/release/changes';
import { project, replaceLine } from './support';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'release-diff');
const reader = (dir: string) => (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined);

describe('row diff between two versions', () => {
  const diffs = diffDatasets(reader(join(FIXTURE, 'before')), reader(join(FIXTURE, 'after')));
  const table = (name: string) => diffs.find((d) => d.table === name)!;

  it('finds the added, removed and changed rows of sites, field by field', () => {
    const sites = table('sites');
    expect(sites.added.map((r) => r.id)).toEqual(['baru-ulu']);
    expect(sites.removed.map((r) => r.id)).toEqual(['manggar']);
    expect(sites.changed).toEqual([
      {
        key: 'graha-indah',
        changes: [
          { field: 'address', before: 'Jl. Lama 1', after: 'Jl. Baru 1' },
          { field: 'latitude', before: '', after: '-1.2150' },
          { field: 'longitude', before: '', after: '116.8650' },
          { field: 'coordinates_source_id', before: '', after: 'news-b' },
          { field: 'source_ids', before: 'news-a', after: 'news-a;news-b' },
        ],
      },
    ]);
  });

  it('sees through quoting: the same cells quoted differently are no change', () => {
    expect(isEmptyDiff(table('partners'))).toBe(true);
    expect(table('sites').changed.map((c) => c.key)).not.toContain('sepinggan');
  });

  it('counts every row of a table that did not exist before as added, quoted commas intact', () => {
    expect(table('events').added).toHaveLength(1);
    expect(table('events').added[0]!.title_eng).toBe('Groundbreaking, Graha Indah');
  });

  it('leaves tables present in neither version empty', () => {
    const touched = diffs.filter((d) => !isEmptyDiff(d)).map((d) => d.table);
    expect(touched.sort()).toEqual(['events', 'sites']);
  });

  it('asks for a minor version: rows were added (the removal and the changes are patches)', () => {
    expect(changesBetween(join(FIXTURE, 'before'), join(FIXTURE, 'after')).level).toBe('minor');
  });

  it('writes each changed field as old → new in the Markdown changelog', () => {
    const changes = changesBetween(join(FIXTURE, 'before'), join(FIXTURE, 'after'));
    const md = changelogMarkdown(
      changelogOf({ version: '1.1.0', date: '2026-11-29', previous: '1.0.0', bump: 'minor', summary: { id: 'a', en: 'b' }, changes }),
    );
    expect(md).toContain('| changed | graha-indah | address | Jl. Lama 1 | Jl. Baru 1 |');
    expect(md).toContain('| changed | graha-indah | latitude | ∅ | -1.2150 |');
    expect(md).toContain('| removed | manggar |');
    expect(md).toContain('| added | baru-ulu |');
  });
});

describe('the version level of row and boundary changes', () => {
  const rows = (added: number, removed: number, changed: number): TableDiff => ({
    table: 'sites',
    primaryKey: 'id',
    added: Array.from({ length: added }, (_, i) => ({ id: `a${i}` })),
    removed: Array.from({ length: removed }, (_, i) => ({ id: `r${i}` })),
    changed: Array.from({ length: changed }, (_, i) => ({ key: `c${i}`, changes: [{ field: 'address', before: 'x', after: 'y' }] })),
    columnsAdded: [],
    columnsRemoved: [],
  });

  it('calls added rows minor, and changed or removed rows (corrections) a patch', () => {
    expect(rowLevels(rows(1, 0, 0))).toEqual(['minor']);
    expect(rowLevels(rows(0, 1, 0))).toEqual(['patch']);
    expect(rowLevels(rows(0, 0, 1))).toEqual(['patch']);
    expect(rowLevels(rows(1, 1, 1))).toEqual(['minor', 'patch']);
    expect(rowLevels(rows(0, 0, 0))).toEqual([]);
  });

  it('calls added boundary features minor, removed or redrawn ones a patch, and an unchanged file nothing', () => {
    const geo = (...codes: string[]) =>
      new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: codes.map((code) => ({ properties: { code } })) }));
    const two = geo('64.71.01.1001', '64.71.01.1002');
    expect(boundaryLevels(boundaryChanges(two, geo('64.71.01.1001', '64.71.01.1002')))).toEqual([]);
    expect(boundaryLevels(boundaryChanges(two, geo('64.71.01.1001', '64.71.01.1002', '64.71.01.1003')))).toEqual(['minor']);
    expect(boundaryLevels(boundaryChanges(two, geo('64.71.01.1001')))).toEqual(['patch']);
    expect(boundaryLevels(boundaryChanges(two, geo('64.71.01.1002', '64.71.01.1001')))).toEqual(['patch']);
  });
});

describe('the changelog stored with a release', () => {
  it('holds exactly the rows changed since the previous release', () => {
    const p = project();
    p.record('major');
    const before = p.read('sites.csv');
    replaceLine(p, 'sites.csv', 'manggar,', 'manggar,64.71.01.1001,Jl. Baru,,,,,,example-news-2025-10-21,,');
    expect(p.read('sites.csv')).not.toBe(before);
    p.record('patch');
    const stored = JSON.parse(readFileSync(p.releaseFile('1.0.1', 'changes.json'), 'utf8')) as Changelog;
    expect(stored.previous).toBe('1.0.0');
    expect(stored.tables).toEqual([
      expect.objectContaining({
        table: 'sites',
        added: [],
        removed: [],
        changed: [{ key: 'manggar', changes: [{ field: 'address', before: '', after: 'Jl. Baru' }] }],
      }),
    ]);
    expect(readFileSync(p.releaseFile('1.0.1', 'CHANGES.md'), 'utf8')).toContain('| changed | manggar | address | ∅ | Jl. Baru |');
  });

  it('lists every row as added in the first release', () => {
    const p = project();
    p.record('major');
    const stored = JSON.parse(readFileSync(p.releaseFile('1.0.0', 'changes.json'), 'utf8')) as Changelog;
    const rows = (file: string) => p.read(file).trim().split('\n').length - 1;
    expect(stored.previous).toBeNull();
    for (const d of stored.tables) expect(d.added, d.table).toHaveLength(rows(`${d.table}.csv`));
  });
});
