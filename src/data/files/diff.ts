/**
 * Row-level differences between two versions of the dataset, keyed by primary key: rows
 * added, rows removed, and rows changed with each changed field as old → new. Works on the
 * raw cells, so it can compare versions that no longer validate against today's schema.
 */
import { tableNames, tables } from '../schema/index';
import type { TableDefinition } from '../schema/table';
import { compareKeys } from '../validation/canonical';
import { readCsv } from '../validation/read-csv';

export type RawRow = Record<string, string>;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface TableDiff {
  table: string;
  primaryKey: string;
  added: RawRow[];
  removed: RawRow[];
  changed: { key: string; changes: FieldChange[] }[];
  columnsAdded: string[];
  columnsRemoved: string[];
}

/** Reads a table's raw rows from file bytes; undefined when the file is absent or unreadable. */
export function rawRows(bytes: Uint8Array | undefined): { columns: string[]; rows: RawRow[] } | undefined {
  if (!bytes) return undefined;
  const { file } = readCsv(bytes);
  if (!file) return undefined;
  const rows = file.rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => Object.fromEntries(file.header.map((column, i) => [column, row.cells[i] ?? ''])));
  return { columns: file.header, rows };
}

/** Items grouped by their key, in file order. */
function byKey<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * Rows are matched by primary key. A version that does not validate may hold one key twice
 * (a copied row) or rows without a key; they are matched in file order, so a second copy
 * shows as added or removed instead of hiding behind the first.
 */
export function diffTable(
  table: string,
  primaryKey: string,
  before: { columns: string[]; rows: RawRow[] } | undefined,
  after: { columns: string[]; rows: RawRow[] } | undefined,
): TableDiff {
  const b = byKey(before?.rows ?? [], (row) => row[primaryKey] ?? '');
  const a = byKey(after?.rows ?? [], (row) => row[primaryKey] ?? '');
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort(compareKeys);
  const diff: TableDiff = {
    table,
    primaryKey,
    added: [],
    removed: [],
    changed: [],
    columnsAdded: (after?.columns ?? []).filter((c) => !(before?.columns ?? []).includes(c)),
    columnsRemoved: (before?.columns ?? []).filter((c) => !(after?.columns ?? []).includes(c)),
  };
  const columns = [...new Set([...(before?.columns ?? []), ...(after?.columns ?? [])])];
  for (const key of keys) {
    const olds = b.get(key) ?? [];
    const nows = a.get(key) ?? [];
    for (let i = 0; i < Math.max(olds.length, nows.length); i++) {
      const old = olds[i];
      const now = nows[i];
      if (!old && now) diff.added.push(now);
      else if (old && !now) diff.removed.push(old);
      else if (old && now) {
        const changes = columns
          .filter((c) => (old[c] ?? '') !== (now[c] ?? ''))
          .map((field) => ({ field, before: old[field] ?? '', after: now[field] ?? '' }));
        if (changes.length) diff.changed.push({ key, changes });
      }
    }
  }
  return diff;
}

/** Diffs every table of the schema; `read(name)` returns a version's bytes of data/<name>.csv. */
export function diffDatasets(readBefore: (file: string) => Uint8Array | undefined, readAfter: (file: string) => Uint8Array | undefined): TableDiff[] {
  return tableNames.map((name) => {
    const table = tables[name] as unknown as TableDefinition;
    return diffTable(name, table.primaryKey, rawRows(readBefore(`${name}.csv`)), rawRows(readAfter(`${name}.csv`)));
  });
}

/** What changed in the boundary file, feature by feature (keyed by kelurahan code). */
export interface BoundaryFeatureDiff {
  added: string[];
  removed: string[];
  changed: { code: string; what: ('name' | 'geometry')[] }[];
  /** The bytes differ but the file cannot be read as GeoJSON on one side. */
  unreadable: boolean;
}

interface Feature {
  code: string;
  name: string;
  geometry: string;
}

/** The features of a boundary file; none when it is absent, undefined when it is not GeoJSON. */
function boundaryFeatures(bytes: Uint8Array | undefined): Feature[] | undefined {
  if (!bytes) return [];
  try {
    const collection = JSON.parse(new TextDecoder().decode(bytes)) as { features?: { properties?: { code?: unknown; name?: unknown }; geometry?: unknown }[] };
    if (!Array.isArray(collection.features)) return undefined;
    return collection.features.map((f) => ({ code: String(f.properties?.code ?? ''), name: String(f.properties?.name ?? ''), geometry: JSON.stringify(f.geometry ?? null) }));
  } catch {
    return undefined;
  }
}

/**
 * Compares two versions of the boundary file; undefined when its bytes are the same. Features
 * are matched by code in file order, as rows are, so a copied feature shows as added.
 */
export function diffBoundaryFeatures(before: Uint8Array | undefined, after: Uint8Array | undefined): BoundaryFeatureDiff | undefined {
  if ((before === undefined && after === undefined) || (before && after && Buffer.from(before).equals(Buffer.from(after)))) return undefined;
  const b = boundaryFeatures(before);
  const a = boundaryFeatures(after);
  if (!b || !a) return { added: [], removed: [], changed: [], unreadable: true };
  const was = byKey(b, (f) => f.code);
  const now = byKey(a, (f) => f.code);
  const diff: BoundaryFeatureDiff = { added: [], removed: [], changed: [], unreadable: false };
  for (const code of [...new Set([...was.keys(), ...now.keys()])].sort(compareKeys)) {
    const olds = was.get(code) ?? [];
    const nows = now.get(code) ?? [];
    for (let i = 0; i < Math.max(olds.length, nows.length); i++) {
      const old = olds[i];
      const next = nows[i];
      if (!old) diff.added.push(code);
      else if (!next) diff.removed.push(code);
      else {
        const what = [...(old.name !== next.name ? (['name'] as const) : []), ...(old.geometry !== next.geometry ? (['geometry'] as const) : [])];
        if (what.length) diff.changed.push({ code, what });
      }
    }
  }
  return diff;
}

export const isEmptyDiff = (d: TableDiff) =>
  d.added.length + d.removed.length + d.changed.length + d.columnsAdded.length + d.columnsRemoved.length === 0;

/**
 * Escapes text for a Markdown table cell; data is untrusted. Pipes, HTML, backticks and
 * brackets are escaped, so data cannot end the cell, inject tags or code, or write a Markdown
 * link or image; a line break would end the table row, so it is shown as ↵. Emphasis (`*`,
 * `_`) is left as is, and GitHub still turns a bare URL in a cell into a link.
 */
export function markdownCell(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)
      .replace(/`/g, '\\`')
      .replace(/[[\]]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, ' ↵ ') || '∅'
  );
}

export interface DiffOutputOptions {
  /** Also list every non-empty cell of added and removed rows, not only their keys, for reviewing a change. */
  cells?: boolean;
}

/** The non-empty cells of a row, in column order. */
function filledCells(row: RawRow): [string, string][] {
  return Object.entries(row).filter(([, value]) => value !== '');
}

export function diffMarkdown(diffs: TableDiff[], options: DiffOutputOptions = {}): string {
  const changed = diffs.filter((d) => !isEmptyDiff(d));
  if (changed.length === 0) return 'No data changes. / Tidak ada perubahan data.\n';
  const out: string[] = [
    '| table | added | changed | removed |',
    '|---|---:|---:|---:|',
    ...changed.map((d) => `| ${d.table} | ${d.added.length} | ${d.changed.length} | ${d.removed.length} |`),
    '',
  ];
  for (const d of changed) {
    out.push(`### ${d.table}`, '');
    if (d.columnsAdded.length) out.push(`Columns added: ${d.columnsAdded.map(markdownCell).join(', ')}`, '');
    if (d.columnsRemoved.length) out.push(`Columns removed: ${d.columnsRemoved.map(markdownCell).join(', ')}`, '');
    if (d.added.length || d.removed.length || d.changed.length) {
      out.push(`| change | ${d.primaryKey} | field | old | new |`, '|---|---|---|---|---|');
      for (const row of d.added) {
        const key = markdownCell(row[d.primaryKey] ?? '');
        if (!options.cells) out.push(`| added | ${key} | | | |`);
        else for (const [field, value] of filledCells(row)) out.push(`| added | ${key} | ${markdownCell(field)} | | ${markdownCell(value)} |`);
      }
      for (const row of d.removed) {
        const key = markdownCell(row[d.primaryKey] ?? '');
        if (!options.cells) out.push(`| removed | ${key} | | | |`);
        else for (const [field, value] of filledCells(row)) out.push(`| removed | ${key} | ${markdownCell(field)} | ${markdownCell(value)} | |`);
      }
      for (const { key, changes } of d.changed) {
        for (const c of changes) out.push(`| changed | ${markdownCell(key)} | ${markdownCell(c.field)} | ${markdownCell(c.before)} | ${markdownCell(c.after)} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

export function diffText(diffs: TableDiff[], options: DiffOutputOptions = {}): string {
  const changed = diffs.filter((d) => !isEmptyDiff(d));
  if (changed.length === 0) return 'No data changes.\n';
  const out: string[] = [];
  for (const d of changed) {
    out.push(`${d.table}: +${d.added.length} ~${d.changed.length} -${d.removed.length}`);
    for (const c of d.columnsAdded) out.push(`  + column ${c}`);
    for (const c of d.columnsRemoved) out.push(`  - column ${c}`);
    for (const row of d.added) {
      out.push(`  + ${row[d.primaryKey]}`);
      if (options.cells) for (const [field, value] of filledCells(row)) out.push(`      ${field}: ${JSON.stringify(value)}`);
    }
    for (const row of d.removed) {
      out.push(`  - ${row[d.primaryKey]}`);
      if (options.cells) for (const [field, value] of filledCells(row)) out.push(`      ${field}: ${JSON.stringify(value)}`);
    }
    for (const { key, changes } of d.changed) {
      out.push(`  ~ ${key}`);
      for (const c of changes) out.push(`      ${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
