/**
 * The dataset's files in the repository, and where each row sits in its CSV file, so that a
 * page can link to the exact lines it shows
 * (GitHub highlights a line from a #L12 anchor). Line numbers come from the same CSV reader
 * as the validator, so a quoted cell spanning lines does not shift them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repositoryFileUrl } from '../../config/site';
import { BOUNDARIES_FILE, tableNames, tables, type TableName } from '../schema/index';
import { parseRowRef, type RowRef } from '../row-refs';
import { readCsv } from '../validation/read-csv';

const cache = new Map<TableName, Map<string, number>>();

function linesOf(table: TableName): Map<string, number> {
  const cached = cache.get(table);
  if (cached) return cached;
  const { file } = readCsv(readFileSync(resolve(tableFile(table))));
  const lines = new Map<string, number>();
  if (file) {
    const key = file.header.indexOf(tables[table].primaryKey);
    for (const row of file.rows) lines.set(row.cells[key] ?? '', row.line);
  }
  cache.set(table, lines);
  return lines;
}

/** A file of the dataset, as a path in the repository: data/kelurahan-boundaries.geojson. */
export const dataFile = (name: string) => `data/${name}`;
export const tableFile = (table: TableName) => dataFile(`${table}.csv`);
/** Every file of the dataset: the tables and the boundaries. */
export const DATASET_FILES = [...tableNames.map(tableFile), dataFile(BOUNDARIES_FILE)];

/** The line of a row in data/<table>.csv (header = line 1), or undefined if no such row. */
export function rowLine(table: TableName, id: string): number | undefined {
  return linesOf(table).get(id);
}

export interface RowGroup {
  table: TableName;
  file: string;
  fileUrl: string;
  rows: { id: string; line: number | undefined; url: string }[];
}

/** Row references grouped by table in schema order, each with a link to its line on GitHub. */
export function groupRows(refs: Iterable<RowRef>): RowGroup[] {
  const byTable = new Map<TableName, Set<string>>();
  for (const ref of refs) {
    const { table, id } = parseRowRef(ref);
    if (!byTable.has(table)) byTable.set(table, new Set());
    byTable.get(table)!.add(id);
  }
  return (Object.keys(tables) as TableName[])
    .filter((table) => byTable.has(table))
    .map((table) => {
      const fileUrl = repositoryFileUrl(tableFile(table));
      const rows = [...byTable.get(table)!]
        .map((id) => {
          const line = rowLine(table, id);
          return { id, line, url: line === undefined ? fileUrl : `${fileUrl}#L${line}` };
        })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { table, file: tableFile(table), fileUrl, rows };
    });
}
