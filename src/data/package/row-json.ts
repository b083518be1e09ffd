/**
 * Typed rows as JSON for researchers: every column of the table present, in CSV order, with
 * null where the CSV cell is empty (unknown), lists as arrays, numbers and booleans typed.
 * The release files and the static API both use this, so they agree.
 */
import { tables, type TableName, type Tables } from '../schema/index';
import { columnsOf, type TableDefinition } from '../schema/table';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonRow = Record<string, JsonValue>;

export function rowJson(name: TableName, row: object): JsonRow {
  const table = tables[name] as unknown as TableDefinition;
  const values = row as Record<string, unknown>;
  return Object.fromEntries(columnsOf(table).map((column) => [column, (values[column] ?? null) as JsonValue]));
}

export function tableJson<N extends TableName>(name: N, rows: Tables[N]): JsonRow[] {
  return rows.map((row) => rowJson(name, row as object));
}
