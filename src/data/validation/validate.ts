/**
 * Validates the whole dataset in one pass and reports every finding: each table file is read
 * as a stream (file shape, header, cells, row rules from src/data/schema), then the dataset
 * checks of checks/index.ts run in order (keys across tables, dates, the boundary file, the
 * releases). Never throws on bad input: whatever the bytes, the result is a list of findings.
 */
import { join } from 'node:path';
import { todayIn } from '../../config/today';
import { tableNames, tables, type TableName, type Tables } from '../schema/index';
import type { TableDefinition } from '../schema/table';
import type { CheckContext, TableState, ValidateSettings } from './check';
import { datasetChecks } from './checks/index';
import type { Finding, Problem } from './problems';
import { readTable } from './table-reader';

export { todayIn };

export interface ValidateOptions {
  dataDir: string;
  /** How file names appear in findings, such as "data". Defaults to dataDir. */
  displayDir?: string;
  /** The day of the build, yyyy-mm-dd; dates after it are refused. Defaults to today in the region's time zone. */
  today?: string;
  /** Recorded releases, checked for integrity and version rules. Defaults to <dataDir>/releases. */
  releasesDir?: string;
}

export interface TableResult {
  name: TableName;
  file: string;
  /** Rows read (blank lines left out); undefined when the file could not be read as a table. */
  rowCount: number | undefined;
  canonical: boolean;
}

export interface ValidationResult {
  valid: boolean;
  findings: Finding[];
  tables: Record<TableName, TableResult>;
  /** The typed rows that passed their row checks, table by table, whether or not the dataset is valid. */
  typed: Tables;
  /** Typed rows of every table; present only when the dataset is valid. */
  data?: Tables;
  today: string;
}

/** The columns each table must keep for the dataset checks. */
function keptColumns(): Map<TableName, Set<string>> {
  const kept = new Map<TableName, Set<string>>(tableNames.map((name) => [name, new Set<string>()]));
  for (const name of tableNames) {
    const table = tables[name] as unknown as TableDefinition;
    for (const check of datasetChecks) for (const field of check.keeps?.(table) ?? []) kept.get(name)!.add(field);
    for (const fk of table.foreignKeys) kept.get(fk.resource as TableName)?.add(fk.referenceField);
    // A table:id reference may point at any table's key.
    kept.get(name)!.add(table.primaryKey);
  }
  return kept;
}

export function validateDataset(options: ValidateOptions): ValidationResult {
  const settings: ValidateSettings = {
    dataDir: options.dataDir,
    displayDir: options.displayDir ?? options.dataDir,
    today: options.today ?? todayIn(),
    releasesDir: options.releasesDir,
  };
  const fileLabel = (name: string) => `${settings.displayDir.replace(/\/+$/, '')}/${name}`;
  const findings: Finding[] = [];
  const report = (file: string, problem: Problem) => findings.push({ severity: 'error', ...problem, file });
  const kept = keptColumns();

  const states = {} as Record<TableName, TableState>;
  for (const name of tableNames) {
    const state: TableState = {
      name,
      table: tables[name] as unknown as TableDefinition,
      file: fileLabel(`${name}.csv`),
      readable: false,
      canonical: false,
      header: [],
      lines: [],
      raw: new Map(),
      typed: [],
      failedCells: new Map(),
    };
    states[name] = state;
    readTable(state, join(settings.dataDir, `${name}.csv`), kept.get(name)!, settings.today, (problem) => report(state.file, problem));
  }

  const distinct = new Map<string, Set<string> | undefined>();
  const context: CheckContext = {
    settings,
    tables: states,
    fileLabel,
    values(table, field) {
      const id = `${table}.${field}`;
      if (distinct.has(id)) return distinct.get(id);
      const state = states[table];
      const cells = state.readable ? state.raw.get(field) : undefined;
      if (state.readable && !cells) throw new Error(`The column ${id} is not kept: declare it in the check's keeps()`);
      const set = cells ? new Set(cells.filter((v): v is string => !!v)) : undefined;
      distinct.set(id, set);
      return set;
    },
    report,
  };
  // Table checks run table by table (all of a table's key findings together), then the dataset checks.
  for (const name of tableNames) {
    if (!states[name].readable) continue;
    for (const check of datasetChecks) if (check.scope === 'table') check.run(context, states[name]);
  }
  for (const check of datasetChecks) if (check.scope === 'dataset') check.run(context);

  const typed = Object.fromEntries(tableNames.map((name) => [name, states[name].typed.filter((row) => row !== undefined)])) as unknown as Tables;
  const valid = !findings.some((f) => f.severity === 'error');
  const results = Object.fromEntries(
    tableNames.map((name) => {
      const state = states[name];
      return [name, { name, file: state.file, rowCount: state.readable ? state.lines.length : undefined, canonical: state.canonical }];
    }),
  ) as Record<TableName, TableResult>;
  return { valid, findings, tables: results, typed, today: settings.today, ...(valid ? { data: typed } : {}) };
}
