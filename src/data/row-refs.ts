/**
 * Row references: a dataset row written as table:id (its primary key), the form
 * disagreements.csv uses too. The views say which rows each part of a page draws on, and the
 * layout links those rows' lines in the CSV files ("fix this data").
 */
import { tables, type TableName, type Tables } from './schema/index';

/** A row written as table:id. */
export type RowRef = `${TableName}:${string}`;

export const rowRef = (table: TableName, id: string): RowRef => `${table}:${id}`;

/** The references of rows of one table, by the table's primary key. */
export function rowRefs<N extends TableName>(table: N, rows: readonly Tables[N][number][]): RowRef[] {
  const key = tables[table].primaryKey as keyof Tables[N][number];
  return rows.map((row) => rowRef(table, String(row[key])));
}

function isTableName(name: string): name is TableName {
  return Object.hasOwn(tables, name);
}

export function parseRowRef(ref: string): { table: TableName; id: string } {
  const at = ref.indexOf(':');
  const table = ref.slice(0, at);
  if (at < 1 || !isTableName(table))
    throw new Error(`"${ref}" is not a row reference: write it as table:id with a table from src/data/schema/index.ts.`);
  return { table, id: ref.slice(at + 1) };
}
