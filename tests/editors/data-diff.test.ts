/**
 * `npm run data:diff` on fixture refs in a temporary git repository: rows added, changed
 * (each field old → new) and removed per table, the default base (latest release, else
 * origin/main, else main), and clear errors with exit code 2 for bad refs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDiff, runDataDiff } from '../../src/cli/data-diff-command';
import { markdownCell, type TableDiff } from '../../src/data/files/diff';
import { tableNames, tables } from '../../src/data/schema/index';
import { FIXTURE_DIR } from '../support/fixture';

const ROOT = resolve(import.meta.dirname, '..', '..');

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

type Row = Record<string, string>;

/** A git repository whose first commit on main holds the fixture dataset in data/. */
function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'kmp-diff-'));
  made.push(dir);
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim();
  git('init', '-q', '-b', 'main');
  cpSync(FIXTURE_DIR, join(dir, 'data'), { recursive: true });
  git('add', 'data');
  git('commit', '-q', '-m', 'fixture');
  const path = (table: string) => join(dir, 'data', `${table}.csv`);
  const readRows = (table: string): { columns: string[]; rows: Row[] } => {
    const records = parse(readFileSync(path(table), 'utf8')) as string[][];
    const columns = records[0]!;
    return { columns, rows: records.slice(1).map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))) };
  };
  const writeRows = (table: string, columns: string[], rows: Row[]) =>
    writeFileSync(path(table), stringify([columns, ...rows.map((row) => columns.map((c) => row[c] ?? ''))], { record_delimiter: '\n' }));
  const commit = (message: string) => {
    git('add', '-A', 'data');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { dir, git, path, readRows, writeRows, commit };
}

const byTable = (diffs: TableDiff[]) => Object.fromEntries(diffs.map((d) => [d.table, d]));
const keyOf = (table: string) => tables[table as keyof typeof tables].primaryKey as string;

/** On a branch: one partner added, one site's address and builder changed, one event removed. */
function changeOnBranch(repo: ReturnType<typeof repository>) {
  repo.git('checkout', '-q', '-b', 'change');
  const partners = repo.readRows('partners');
  const added: Row = { ...partners.rows[0]!, id: 'pupuk-kaltim', name: 'PT Pupuk Kalimantan Timur', short_name: 'Pupuk Kaltim' };
  repo.writeRows(
    'partners',
    partners.columns,
    [...partners.rows, added].sort((a, b) => (a.id! < b.id! ? -1 : 1)),
  );

  const sites = repo.readRows('sites');
  const site = sites.rows[0]!;
  const before = { address: site.address ?? '', builder: site.builder ?? '' };
  const after = { address: 'Jl. Contoh No. 1, RT 2 | "Blok [A]"', builder: before.builder === 'TNI' ? 'Kontraktor' : 'TNI' };
  repo.writeRows(
    'sites',
    sites.columns,
    sites.rows.map((row) => (row === site ? { ...row, ...after } : row)),
  );

  const events = repo.readRows('events');
  const removed = events.rows.at(-1)!;
  repo.writeRows('events', events.columns, events.rows.slice(0, -1));
  const commit = repo.commit('change');
  return { added, site, before, after, removed, commit };
}

describe('data:diff between git refs', () => {
  it('finds the rows added, changed (old → new) and removed, keyed by primary key, and nothing else', () => {
    const repo = repository();
    const change = changeOnBranch(repo);
    const diff = byTable(dataDiff(repo.dir, 'main', 'change').tables);

    expect(diff.partners!.added.map((row) => row[keyOf('partners')])).toEqual([change.added.id]);
    expect(diff.partners!.added[0]).toMatchObject(change.added);
    expect(diff.sites!.changed).toEqual([
      {
        key: change.site[keyOf('sites')],
        changes: [
          { field: 'address', before: change.before.address, after: change.after.address },
          { field: 'builder', before: change.before.builder, after: change.after.builder },
        ],
      },
    ]);
    expect(diff.events!.removed.map((row) => row[keyOf('events')])).toEqual([change.removed[keyOf('events')]]);
    const untouched = tableNames.filter((name) => !['partners', 'sites', 'events'].includes(name));
    for (const name of untouched) expect(diff[name], name).toMatchObject({ added: [], changed: [], removed: [] });
    // Every table of the schema is compared.
    expect(Object.keys(diff).sort()).toEqual([...tableNames].sort());
  });

  it('prints a Markdown table with each changed field as old → new, and a readable text form', () => {
    const repo = repository();
    const change = changeOnBranch(repo);
    const markdown = runDataDiff(['main', 'change', '--format', 'markdown'], repo.dir);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('| partners | 1 | 0 | 0 |');
    expect(markdown.stdout).toContain('| sites | 0 | 1 | 0 |');
    expect(markdown.stdout).toContain('| events | 0 | 0 | 1 |');
    const siteKey = markdownCell(change.site[keyOf('sites')]!);
    expect(markdown.stdout).toContain(
      `| changed | ${siteKey} | address | ${markdownCell(change.before.address)} | ${markdownCell(change.after.address)} |`,
    );
    // Pipes and brackets from the data cannot break the table or make a link.
    expect(markdownCell(change.after.address)).toContain('\\|');
    expect(markdownCell(change.after.address)).toContain('\\[A\\]');
    // Added rows show their cells, so a reviewer sees the new row, not just its id.
    expect(markdown.stdout).toContain(`| added | ${change.added.id} | name | | ${markdownCell(change.added.name!)} |`);
    expect(markdown.stdout).toMatch(/main \([0-9a-f]{12}\) → change \([0-9a-f]{12}\)/);

    const keysOnly = runDataDiff(['main', 'change', '--format', 'markdown', '--keys-only'], repo.dir).stdout;
    expect(keysOnly).toContain(`| added | ${change.added.id} | | | |`);

    const text = runDataDiff(['main', 'change'], repo.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('partners: +1 ~0 -0');
    expect(text.stdout).toContain(`address: ${JSON.stringify(change.before.address)} → ${JSON.stringify(change.after.address)}`);
    expect(text.stdout).toContain(`  - ${change.removed[keyOf('events')]}`);
  });

  it('shows a copied row and rows without a key as added, though they share a key with another row', () => {
    const repo = repository();
    const partners = repo.readRows('partners');
    const copied = partners.rows[0]!;
    const keyless = [
      { ...partners.rows[0]!, id: '', name: 'Mitra tanpa id A' },
      { ...partners.rows[0]!, id: '', name: 'Mitra tanpa id B' },
    ];
    repo.writeRows('partners', partners.columns, [...partners.rows, copied, ...keyless]);
    const diff = byTable(dataDiff(repo.dir, 'main').tables);
    expect(diff.partners!.added).toEqual([...keyless, copied].map((row) => expect.objectContaining(row)));
    expect(diff.partners!.changed).toEqual([]);
    expect(diff.partners!.removed).toEqual([]);
    // And the other way round: the copy and the keyless rows go again.
    repo.commit('copies');
    repo.writeRows('partners', partners.columns, partners.rows);
    const back = byTable(dataDiff(repo.dir, 'HEAD').tables);
    expect(back.partners!.removed).toHaveLength(3);
    expect(back.partners!.added).toEqual([]);
    expect(runDataDiff(['HEAD'], repo.dir).stdout).toContain('partners: +0 ~0 -3');
  });

  it('compares with the working tree by default, and reads a table missing from a ref as empty', () => {
    const repo = repository();
    const first = repo.git('rev-parse', 'HEAD');
    const corrections = repo.readRows('corrections');
    expect(corrections.rows.length).toBeGreaterThan(0);
    rmSync(repo.path('corrections'));
    const withoutCorrections = repo.commit('no corrections file');

    // Working tree: the file is back, uncommitted.
    repo.writeRows('corrections', corrections.columns, corrections.rows);
    const diff = byTable(dataDiff(repo.dir, withoutCorrections).tables);
    expect(diff.corrections!.added.map((r) => r.id)).toEqual(corrections.rows.map((r) => r.id));
    expect(diff.corrections!.columnsAdded).toEqual(corrections.columns);

    const back = byTable(dataDiff(repo.dir, first, withoutCorrections).tables);
    expect(back.corrections!.removed.map((r) => r.id)).toEqual(corrections.rows.map((r) => r.id));
  });

  it('with no release defaults to origin/main, else main', () => {
    const repo = repository();
    const first = repo.git('rev-parse', 'HEAD');
    const change = changeOnBranch(repo);
    expect(dataDiff(repo.dir).base.label).toBe(`main (${first.slice(0, 12)})`);
    // A remote-tracking main takes precedence over the local one.
    repo.git('update-ref', 'refs/remotes/origin/main', change.commit);
    const diff = dataDiff(repo.dir);
    expect(diff.base.label).toBe(`origin/main (${change.commit.slice(0, 12)})`);
    expect(diff.tables.every((d) => d.added.length + d.changed.length + d.removed.length === 0)).toBe(true);
  });

  it('defaults to the latest release: the highest data-v tag, or the newest data/releases/v<version>/ folder', () => {
    const repo = repository();
    const first = repo.git('rev-parse', 'HEAD');
    repo.git('tag', 'data-v1.9.0', first);
    const change = changeOnBranch(repo);
    repo.git('tag', 'data-v1.10.0', change.commit);
    repo.git('tag', 'data-vnext', first);
    // 1.10.0 is newer than 1.9.0 although it sorts first as text.
    expect(dataDiff(repo.dir).base.label).toBe(`data-v1.10.0 (${change.commit.slice(0, 12)})`);

    // A newer release recorded as a folder, not yet tagged, wins; its tables are read from it.
    const folder = join(repo.dir, 'data', 'releases', 'v2.0.0');
    mkdirSync(folder, { recursive: true });
    const partners = repo.readRows('partners');
    writeFileSync(
      join(folder, 'partners.csv'),
      stringify([partners.columns, ...partners.rows.slice(1).map((r) => partners.columns.map((c) => r[c]))], { record_delimiter: '\n' }),
    );
    const diff = dataDiff(repo.dir);
    expect(diff.base.label).toContain('v2.0.0');
    const tablesDiff = byTable(diff.tables);
    expect(tablesDiff.partners!.added.map((r) => r.id)).toEqual([partners.rows[0]!.id]);
    // Tables the release folder lacks read as empty: every row of the working tree is new.
    expect(tablesDiff.kelurahan!.added).toHaveLength(repo.readRows('kelurahan').rows.length);
  });
});

describe('data:diff of the boundary file', () => {
  it('says which kelurahan boundaries were added, changed (name or geometry) or removed', () => {
    const repo = repository();
    expect(dataDiff(repo.dir, 'main').boundaries, 'no change, no boundary section').toBeUndefined();
    const path = join(repo.dir, 'data', 'kelurahan-boundaries.geojson');
    const collection = JSON.parse(readFileSync(path, 'utf8')) as {
      features: { properties: { code: string; name: string }; geometry: { coordinates: unknown } }[];
    };
    const [renamed, reshaped, dropped] = collection.features;
    renamed!.properties.name = `${renamed!.properties.name} (baru)`;
    const firstPosition = (c: unknown): number[] =>
      Array.isArray(c) && typeof c[0] === 'number' ? (c as number[]) : firstPosition((c as unknown[])[0]);
    firstPosition(reshaped!.geometry.coordinates)[0]! += 0.0001;
    collection.features = collection.features.filter((f) => f !== dropped);
    writeFileSync(path, JSON.stringify(collection));

    const diff = dataDiff(repo.dir, 'main');
    expect(diff.boundaries).toEqual({
      file: 'data/kelurahan-boundaries.geojson',
      added: [],
      removed: [dropped!.properties.code],
      changed: [
        { code: renamed!.properties.code, what: ['name'] },
        { code: reshaped!.properties.code, what: ['geometry'] },
      ].sort((a, b) => (a.code < b.code ? -1 : 1)),
      unreadable: false,
    });
    const text = runDataDiff(['main'], repo.dir).stdout;
    expect(text).toContain('No table changes.');
    expect(text).toContain('data/kelurahan-boundaries.geojson: +0 ~2 -1 features');
    expect(text).toContain(`  ~ ${reshaped!.properties.code} (geometry)`);
    const markdown = runDataDiff(['main', '--format', 'markdown'], repo.dir).stdout;
    expect(markdown).toContain(`| removed | ${dropped!.properties.code} | |`);
    expect(markdown).not.toContain('No data changes');
  });
  it('shows a copied or new feature as added, and says so when one version is not GeoJSON', () => {
    const repo = repository();
    const path = join(repo.dir, 'data', 'kelurahan-boundaries.geojson');
    const original = readFileSync(path, 'utf8');
    const collection = JSON.parse(original) as { features: { properties: { code: string } }[] };
    const copied = collection.features[0]!;
    const fresh = { ...structuredClone(copied), properties: { ...copied.properties, code: '64.71.99.9999' } };
    collection.features.push(copied, fresh);
    writeFileSync(path, JSON.stringify(collection));
    const diff = dataDiff(repo.dir, 'main').boundaries!;
    expect(diff).toMatchObject({
      added: [copied.properties.code, fresh.properties.code].sort(),
      removed: [],
      changed: [],
      unreadable: false,
    });
    expect(runDataDiff(['main', '--format', 'markdown'], repo.dir).stdout).toContain(
      `| added | ${markdownCell(fresh.properties.code)} | |`,
    );

    writeFileSync(path, original.slice(0, 100));
    expect(dataDiff(repo.dir, 'main').boundaries).toEqual({
      file: 'data/kelurahan-boundaries.geojson',
      added: [],
      removed: [],
      changed: [],
      unreadable: true,
    });
    expect(runDataDiff(['main'], repo.dir).stdout).toContain(
      'data/kelurahan-boundaries.geojson: changed, but one version cannot be read as GeoJSON',
    );
  });
});

describe('data:diff errors', () => {
  it('a ref that does not exist gives a plain message and exit code 2, without a stack trace', () => {
    const repo = repository();
    const result = runDataDiff(['no-such-branch'], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('«no-such-branch» is not a branch, tag or commit');
    expect(result.stderr).toContain('Usage: npm run data:diff');

    // The same through the script, as an editor runs it.
    const script = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'data-diff.ts'), 'main', 'no-such-branch'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(script.status).toBe(2);
    expect(script.stderr).toContain('«no-such-branch»');
    expect(script.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses option-like refs, bad formats, too many refs, and refs outside a repository', () => {
    const repo = repository();
    expect(runDataDiff(['--output=/tmp/x'], repo.dir).code).toBe(2);
    expect(runDataDiff(['main', '--format', 'html'], repo.dir).stderr).toContain('Unknown --format html');
    expect(runDataDiff(['main', 'main', 'main'], repo.dir).code).toBe(2);
    expect(runDataDiff(['main:data/sources.csv'], repo.dir).code).toBe(2);
    const outside = mkdtempSync(join(tmpdir(), 'kmp-nogit-'));
    made.push(outside);
    const result = runDataDiff(['main'], outside);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git repository');
  });
});

describe('markdownCell', () => {
  it('keeps data from ending the cell or the row, or making tags, code, links or images', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(markdownCell('`code`')).toBe('\\`code\\`');
    expect(markdownCell('![x](https://example.org/a.png) [y](https://example.org)')).toBe(
      '!\\[x\\](https://example.org/a.png) \\[y\\](https://example.org)',
    );
    expect(markdownCell('one\r\ntwo\nthree')).toBe('one ↵ two ↵ three');
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(markdownCell(''), 'an empty cell is shown, not left blank').toBe('∅');
  });
});
