/**
 * Validates the whole dataset in one pass and reports every finding: file shape, cells,
 * rows (zod schemas from src/data/schema), keys across tables, dates, and the boundary file.
 * Never throws on bad input: whatever the bytes, the result is a list of findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { region } from '../../config/region';
import { fieldInfo, type FieldInfo } from '../schema/fields';
import { BOUNDARIES_FILE, tableNames, tables, type TableName, type Tables } from '../schema/index';
import { SITE_BUILD_ORDER } from '../schema/site-status';
import { columnsOf, type TableDefinition } from '../schema/table';
import { checkBoundaries } from './boundaries';
import { canonicalCsv } from './canonical';
import { cast, hygiene } from './cells';
import type { Finding, Problem } from './problems';
import { readCsv, type CsvRow } from './read-csv';
import { checkReleaseRules } from './semver';

export interface ValidateOptions {
  dataDir: string;
  /** How file names appear in findings, such as "data". Defaults to dataDir. */
  displayDir?: string;
  /** The day of the build, yyyy-mm-dd; dates after it are refused. Defaults to today in the region's time zone. */
  today?: string;
  /** Recorded releases, checked for integrity and version rules. Defaults to <dataDir>/releases. */
  releasesDir?: string;
}

/** A row as read: raw cells by column, and the typed row when every check of the row passed. */
export interface ReadRow {
  line: number;
  raw: Record<string, string | undefined>;
  typed?: Record<string, unknown>;
}

export interface TableResult {
  name: TableName;
  file: string;
  /** Undefined when the file could not be read as a table. */
  rows?: ReadRow[];
  canonical: boolean;
}

export interface ValidationResult {
  valid: boolean;
  findings: Finding[];
  tables: Record<TableName, TableResult>;
  /** Typed rows of every table; present only when the dataset is valid. */
  data?: Tables;
  today: string;
}

export function todayIn(timeZone: string = region.timeZone, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function fileLabel(options: ValidateOptions, name: string): string {
  return `${(options.displayDir ?? options.dataDir).replace(/\/+$/, '')}/${name}`;
}

function zodIssueToProblem(issue: z.ZodIssue, info: FieldInfo | undefined, field: string, value: unknown): Problem {
  const cellOf = (v: unknown) => (Array.isArray(v) ? v.join(';') : v === undefined ? '' : String(v));
  const base = { fieldName: field, cell: cellOf(value) };
  const example = info?.example ?? '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { ...base, type: 'constraint-error', key: 'required', params: { example } };
      return { ...base, type: 'type-error', key: 'type-number' };
    case 'invalid_string': {
      const item = issue.path.length > 1 && Array.isArray(value) ? String(value[issue.path[1] as number]) : base.cell;
      if (field === 'url' && !/^https?:\/\//i.test(item)) return { ...base, cell: item, type: 'constraint-error', key: 'url-scheme' };
      return { ...base, cell: item, type: 'constraint-error', key: 'pattern', params: { example } };
    }
    case 'invalid_enum_value':
      return { ...base, type: 'constraint-error', key: 'enum', params: { allowed: issue.options.join(', ') } };
    case 'too_small':
    case 'too_big': {
      if (issue.type === 'array' || (issue.type === 'string' && issue.code === 'too_small')) {
        return { ...base, type: 'constraint-error', key: 'required', params: { example } };
      }
      if (issue.type === 'string') return { ...base, type: 'constraint-error', key: 'too-long', params: { limit: String('maximum' in issue ? issue.maximum : '') } };
      if (field === 'latitude' || field === 'longitude') {
        const [west, south, east, north] = region.bbox;
        const [min, max] = field === 'latitude' ? [south, north] : [west, east];
        return { ...base, type: 'constraint-error', key: 'outside-city', params: { city: region.name, min: String(min), max: String(max) } };
      }
      const limit = String('minimum' in issue ? issue.minimum : issue.maximum);
      return { ...base, type: 'constraint-error', key: issue.code === 'too_small' ? 'minimum' : 'maximum', params: { limit } };
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string>;
      const { key = 'row-rule', ...rest } = params;
      if (key === 'not-a-calendar-day') return { ...base, type: 'type-error', key };
      return { ...base, type: 'row-constraint', key, params: rest };
    }
    default:
      return { ...base, type: 'constraint-error', key: 'pattern', params: { example } };
  }
}

function checkHeader(table: TableDefinition, header: string[]): { problems: Problem[]; usable: boolean } {
  const expected = columnsOf(table);
  const columns = expected.join(', ');
  const problems: Problem[] = [];
  const seen = new Set<string>();
  header.forEach((label, i) => {
    const at = { rowNumber: 1, fieldNumber: i + 1, cell: label, params: { columns, position: String(i + 1) } };
    if (label.trim() === '') problems.push({ ...at, type: 'blank-label', key: 'blank-label' });
    else if (seen.has(label)) problems.push({ ...at, type: 'duplicate-label', key: 'duplicate-label' });
    else if (!expected.includes(label)) problems.push({ ...at, type: 'extra-label', key: 'extra-label' });
    seen.add(label);
  });
  const missing = expected.filter((field) => !header.includes(field));
  for (const field of missing) problems.push({ type: 'missing-label', key: 'missing-label', rowNumber: 1, fieldName: field, params: { columns } });
  if (problems.length === 0) {
    const wrong = expected.findIndex((field, i) => header[i] !== field);
    if (wrong >= 0) {
      problems.push({
        type: 'incorrect-label',
        key: 'incorrect-label',
        rowNumber: 1,
        fieldNumber: wrong + 1,
        fieldName: expected[wrong]!,
        cell: header[wrong] ?? '',
        params: { columns, position: String(wrong + 1) },
      });
    }
  }
  const usable = missing.length === 0 && !problems.some((p) => p.type === 'duplicate-label' || p.type === 'blank-label');
  return { problems, usable };
}

function checkRow(table: TableDefinition, header: string[], row: CsvRow, today: string, brokenCells: Set<string>): { problems: Problem[]; read: ReadRow } {
  const problems: Problem[] = [];
  const locate = (index: number) => ({ rowNumber: row.line, fieldNumber: index + 1, charColumn: row.columns[index] || 1 });
  const raw: Record<string, string | undefined> = {};
  const typed: Record<string, unknown> = {};
  const failed = new Set<string>();

  if (row.cells.every((cell) => cell.trim() === '')) {
    return { problems: [{ type: 'blank-row', key: 'blank-row', rowNumber: row.line }], read: { line: row.line, raw } };
  }
  const count = String(header.length);
  for (let i = row.cells.length; i < header.length; i++) {
    problems.push({ ...locate(Math.max(0, row.cells.length - 1)), type: 'missing-cell', key: 'missing-cell', fieldName: header[i]!, params: { count } });
  }
  for (let i = header.length; i < row.cells.length; i++) {
    problems.push({ ...locate(i), type: 'extra-cell', key: 'extra-cell', cell: row.cells[i]!, params: { count } });
  }
  for (const [field, schema] of Object.entries(table.fields)) {
    const index = header.indexOf(field);
    const cell = row.cells[index];
    raw[field] = cell;
    if (cell === undefined) {
      failed.add(field);
      continue;
    }
    if (cell === '') continue;
    // A cell with a broken quote has its one error already.
    if (brokenCells.has(`${row.line}:${index + 1}`)) {
      failed.add(field);
      continue;
    }
    const info = fieldInfo(schema);
    const result = hygiene(cell, info.type) ?? cast(cell, info.type);
    if (result.ok && info.type === 'date' && String(result.value) > today) {
      failed.add(field);
      problems.push({ ...locate(index), type: 'future-date', key: 'future-date', fieldName: field, cell, params: { today } });
      continue;
    }
    if (!result.ok) {
      failed.add(field);
      problems.push({ ...locate(index), type: result.type, key: result.key, fieldName: field, cell, params: { example: info.example ?? '', ...result.params } });
      continue;
    }
    typed[field] = result.value;
  }
  const parsed = table.row.safeParse(typed);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? table.primaryKey);
      if (failed.has(field)) continue;
      // A row rule reads several cells; when one of them failed, its verdict would mislead.
      if (issue.code === 'custom' && failed.size > 0) continue;
      const schema = table.fields[field];
      const index = header.indexOf(field);
      problems.push({ ...locate(index), ...zodIssueToProblem(issue, schema ? fieldInfo(schema) : undefined, field, typed[field]) });
    }
  }
  const ok = problems.length === 0 && parsed.success;
  return { problems, read: { line: row.line, raw, ...(ok ? { typed: parsed.data as Record<string, unknown> } : {}) } };
}

function readTable(name: TableName, options: ValidateOptions, today: string, findings: Finding[]): TableResult {
  const table = tables[name] as unknown as TableDefinition;
  const file = fileLabel(options, `${name}.csv`);
  const add = (problem: Problem) => findings.push({ severity: 'error', ...problem, file });
  const path = join(options.dataDir, `${name}.csv`);
  if (!existsSync(path)) {
    add({ type: 'scheme-error', key: 'file-missing', params: { columns: columnsOf(table).join(',') } });
    return { name, file, canonical: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    add({ type: 'scheme-error', key: 'file-unreadable', params: { reason: (err as Error).message } });
    return { name, file, canonical: false };
  }
  const { file: csv, problems } = readCsv(bytes);
  problems.forEach(add);
  if (!csv) return { name, file, canonical: false };
  const header = checkHeader(table, csv.header);
  header.problems.forEach(add);
  if (!header.usable) {
    add({ type: 'incorrect-label', key: 'header-unusable', rowNumber: 1, severity: 'warning' });
    return { name, file, canonical: false };
  }
  const rows: ReadRow[] = [];
  let clean = problems.length === 0 && header.problems.length === 0;
  const brokenCells = new Set(problems.map((p) => `${p.rowNumber}:${p.fieldNumber}`));
  for (const row of csv.rows) {
    const checked = checkRow(table, csv.header, row, today, brokenCells);
    checked.problems.forEach(add);
    if (checked.problems.length > 0) clean = false;
    if (checked.problems.every((p) => p.type !== 'blank-row')) rows.push(checked.read);
  }
  const canonical = clean && canonicalCsv(table, rows.map((r) => r.raw)) === new TextDecoder().decode(bytes);
  if (clean && !canonical) add({ type: 'not-canonical', key: 'not-canonical', severity: 'warning' });
  return { name, file, rows, canonical };
}

function checkKeys(results: Record<TableName, TableResult>, add: (file: string, problem: Problem) => void) {
  const valuesOf = (name: string, field: string) => {
    const result = results[name as TableName];
    if (!result?.rows) return undefined;
    return new Set(result.rows.map((row) => row.raw[field]).filter((v): v is string => !!v));
  };
  for (const name of tableNames) {
    const result = results[name];
    if (!result.rows) continue;
    const table = tables[name] as unknown as TableDefinition;
    for (const field of [table.primaryKey, ...table.unique]) {
      const first = new Map<string, number>();
      for (const row of result.rows) {
        const value = row.raw[field];
        if (!value) continue;
        const seen = first.get(value);
        if (seen === undefined) first.set(value, row.line);
        else
          add(result.file, {
            type: field === table.primaryKey ? 'primary-key' : 'unique-error',
            key: field === table.primaryKey ? 'primary-key' : 'unique',
            rowNumber: row.line,
            fieldName: field,
            cell: value,
            params: { firstLine: String(seen) },
          });
      }
    }
    for (const fk of table.foreignKeys) {
      const known = valuesOf(fk.resource, fk.referenceField);
      if (!known) continue;
      for (const row of result.rows) {
        const value = row.raw[fk.field];
        if (!value) continue;
        for (const item of fk.list ? value.split(';') : [value]) {
          if (item === '' || known.has(item)) continue;
          add(result.file, {
            type: 'foreign-key',
            key: 'foreign-key',
            rowNumber: row.line,
            fieldName: fk.field,
            cell: item,
            params: { referenceFile: results[fk.resource as TableName].file, referenceField: fk.referenceField },
          });
        }
      }
    }
  }
  const disagreements = results.disagreements;
  for (const row of disagreements.rows ?? []) {
    for (const reference of (row.raw.rows ?? '').split(';').filter(Boolean)) {
      const [tableName = '', id] = reference.split(':');
      // Own keys only: "constructor:x" must not resolve to Object's properties.
      const table = Object.hasOwn(tables, tableName) ? (tables[tableName as TableName] as unknown as TableDefinition) : undefined;
      if (table && !results[tableName as TableName].rows) continue; // that file's own errors are reported
      const ids = table ? valuesOf(tableName, table.primaryKey) : undefined;
      if (!ids || !id || !ids.has(id)) {
        add(disagreements.file, { type: 'foreign-key', key: 'row-reference', rowNumber: row.line, fieldName: 'rows', cell: reference });
      }
    }
  }
}

/** A site cannot be reported completed (or operating) before its first groundbreaking, and so on. */
function checkSiteOrder(results: Record<TableName, TableResult>, add: (file: string, problem: Problem) => void) {
  const statuses = results.site_status;
  const bySite = new Map<string, ReadRow[]>();
  for (const row of statuses.rows ?? []) {
    if (!row.typed) continue;
    const site = String(row.typed.site_id);
    bySite.set(site, [...(bySite.get(site) ?? []), row]);
  }
  for (const [site, rows] of bySite) {
    const firstDate = (status: string) =>
      rows
        .filter((r) => r.typed!.status === status)
        .map((r) => String(r.typed!.date))
        .sort()[0];
    SITE_BUILD_ORDER.forEach((later, i) => {
      for (const earlier of SITE_BUILD_ORDER.slice(0, i)) {
        const earlierDate = firstDate(earlier);
        if (!earlierDate) continue;
        for (const row of rows.filter((r) => r.typed!.status === later && String(r.typed!.date) < earlierDate)) {
          add(statuses.file, {
            type: 'date-order',
            key: 'date-order',
            rowNumber: row.line,
            fieldName: 'date',
            cell: String(row.typed!.date),
            params: { site, status: later, earlierStatus: earlier, earlierDate },
          });
        }
      }
    });
  }
}

export function validateDataset(options: ValidateOptions): ValidationResult {
  const today = options.today ?? todayIn();
  const findings: Finding[] = [];
  const add = (file: string, problem: Problem) => findings.push({ severity: 'error', ...problem, file });
  const results = Object.fromEntries(tableNames.map((name) => [name, readTable(name, options, today, findings)])) as Record<TableName, TableResult>;

  checkKeys(results, add);
  checkSiteOrder(results, add);

  const kelurahan = results.kelurahan;
  if (kelurahan.rows && kelurahan.rows.length !== region.kelurahanCount) {
    add(kelurahan.file, {
      type: 'table-dimensions',
      key: 'kelurahan-count',
      params: { count: String(kelurahan.rows.length), expected: String(region.kelurahanCount), city: region.name },
    });
  }
  const boundaryFile = fileLabel(options, BOUNDARIES_FILE);
  const codes = kelurahan.rows ? kelurahan.rows.map((row) => row.raw.code ?? '') : undefined;
  for (const problem of checkBoundaries(join(options.dataDir, BOUNDARIES_FILE), codes)) add(boundaryFile, problem);
  for (const { file, ...problem } of checkReleaseRules({ dataDir: options.dataDir, releasesDir: options.releasesDir, displayDir: options.displayDir ?? options.dataDir })) add(file, problem);

  const valid = !findings.some((f) => f.severity === 'error');
  const data = valid
    ? (Object.fromEntries(tableNames.map((name) => [name, (results[name].rows ?? []).map((row) => row.typed)])) as unknown as Tables)
    : undefined;
  return { valid, findings, tables: results, today, ...(data ? { data } : {}) };
}
