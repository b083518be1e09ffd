/**
 * The canonical form of a table file: header, rows sorted by primary key, minimal quoting,
 * LF line endings, a final newline, no byte-order mark. Keeping files canonical keeps
 * pull-request diffs to the lines that really changed.
 */
import { stringify } from 'csv-stringify/sync';
import { columnsOf, type TableDefinition } from '../schema/table';

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Serialises raw cell values (as read, unchanged) in canonical form. */
export function canonicalCsv(table: TableDefinition, rows: Record<string, string | undefined>[]): string {
  const columns = columnsOf(table);
  const sorted = [...rows].sort((a, b) => compareKeys(a[table.primaryKey] ?? '', b[table.primaryKey] ?? ''));
  const records = [columns, ...sorted.map((row) => columns.map((column) => row[column] ?? ''))];
  return stringify(records, { record_delimiter: '\n' });
}
