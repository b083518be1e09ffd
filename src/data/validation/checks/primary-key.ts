/** Every row has its own primary key. */
import { defineCheck, type CheckContext, type TableState } from '../check';

/** Reports the rows whose value in `field` already appeared on an earlier row. */
export function repeatedValues(context: CheckContext, state: TableState, field: string, found: (line: number, value: string, firstLine: number) => void): void {
  const cells = state.raw.get(field);
  if (!cells) return;
  const first = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (!value) continue;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, state.lines[i]!);
    else found(state.lines[i]!, value, seen);
  }
}

export const primaryKey = defineCheck({
  name: 'primary-key',
  scope: 'table',
  type: 'primary-key',
  severity: 'error',
  keys: ['primary-key'],
  doc: {
    title: { id: 'Kunci utama ganda', en: 'Duplicate primary key' },
    description: {
      id: 'Dua baris dalam satu tabel memakai id (kunci utama) yang sama. Setiap baris perlu id sendiri: ubah salah satunya, atau hapus baris ganda.',
      en: 'Two rows of one table use the same id (primary key). Every row needs its own id: change one of them, or delete the duplicate row.',
    },
  },
  keeps: (table) => [table.primaryKey],
  run(context, state) {
    const table = state!;
    repeatedValues(context, table, table.table.primaryKey, (line, value, firstLine) =>
      context.report(table.file, { type: 'primary-key', key: 'primary-key', rowNumber: line, fieldName: table.table.primaryKey, cell: value, params: { firstLine: String(firstLine) } }),
    );
  },
  examples: {
    failing: [{ file: 'partners.csv', replace: '\npertamina-patra-niaga,', with: '\nbulog,' }],
    passing: [{ file: 'partners.csv', replace: '\npertamina-patra-niaga,', with: '\npertamina-patra-niaga-2,' }],
  },
});
