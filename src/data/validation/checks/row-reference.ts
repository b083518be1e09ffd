/** A table:id reference (the rows a disagreement links) points to a row that exists. */
import { fieldInfo, LIST_SEPARATOR } from '../../schema/fields';
import { tableList, tables, type TableName } from '../../schema/index';
import type { TableDefinition } from '../../schema/table';
import { defineCheck, type CheckContext } from '../check';

/** The columns that hold table:id references, found through the schema (identifierList with rowReferences). */
export function rowReferenceColumns(table: TableDefinition): string[] {
  return Object.keys(table.fields).filter((field) => fieldInfo(table.fields[field]!).rowReferences);
}

/** The table a reference names, when it is one of the dataset's tables (own keys only: "constructor:x" is not a table). */
export function referencedTable(reference: string): { name: TableName; table: TableDefinition; id: string | undefined } | undefined {
  const [name = '', id] = reference.split(':');
  if (!Object.hasOwn(tables, name)) return undefined;
  return { name: name as TableName, table: tables[name as TableName] as unknown as TableDefinition, id };
}

/** Calls `visit` for every reference of every row-reference column, with the row's index. */
export function forEachReference(context: CheckContext, visit: (table: TableName, field: string, row: number, reference: string) => void): void {
  for (const definition of tableList) {
    const state = context.tables[definition.name as TableName];
    for (const field of rowReferenceColumns(definition)) {
      const cells = state.raw.get(field) ?? [];
      for (let i = 0; i < cells.length; i++) {
        for (const reference of (cells[i] ?? '').split(LIST_SEPARATOR).filter(Boolean)) visit(state.name, field, i, reference);
      }
    }
  }
}

export const rowReference = defineCheck({
  name: 'row-reference',
  scope: 'dataset',
  type: 'foreign-key',
  severity: 'error',
  keys: ['row-reference'],
  doc: {
    title: { id: 'Rujukan tabel:id yang tidak ada', en: 'A table:id reference to no row' },
    description: {
      id: 'Kolom rows di disagreements.csv menautkan baris-baris yang bertentangan sebagai tabel:id. Setiap rujukan harus menunjuk baris yang ada: periksa nama tabel dan id-nya.',
      en: 'The rows column of disagreements.csv links the conflicting rows as table:id. Each reference must point to an existing row: check the table name and the id.',
    },
  },
  keeps: (table) => rowReferenceColumns(table),
  run(context) {
    forEachReference(context, (name, field, row, reference) => {
      const target = referencedTable(reference);
      if (target && !context.tables[target.name].readable) return; // that file's own errors are reported
      const ids = target ? context.values(target.name, target.table.primaryKey) : undefined;
      if (ids && target!.id && ids.has(target!.id)) return;
      const state = context.tables[name];
      context.report(state.file, { type: 'foreign-key', key: 'row-reference', rowNumber: state.lines[row]!, fieldName: field, cell: reference });
    });
  },
  examples: {
    failing: [{ file: 'disagreements.csv', replace: 'manggar-2025-12-24-planned', with: 'manggar-2025-12-25-planned' }],
    passing: [],
  },
});
