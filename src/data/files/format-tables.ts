/**
 * Rewrites table files in canonical form without changing any value. A file whose structure
 * is broken (encoding, delimiter, header, cell counts) is left alone and reported instead,
 * because rewriting it could lose data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableNames, tables } from '../schema/index';
import { columnsOf, type TableDefinition } from '../schema/table';
import { canonicalCsv } from '../validation/canonical';
import { readCsv } from '../validation/read-csv';

export interface FormatOutcome {
  file: string;
  status: 'unchanged' | 'rewritten' | 'skipped' | 'missing';
  reason?: string;
}

export function formatTables(dataDir: string, write = true): FormatOutcome[] {
  return tableNames.map((name) => {
    const table = tables[name] as unknown as TableDefinition;
    const file = join(dataDir, `${name}.csv`);
    if (!existsSync(file)) return { file, status: 'missing' };
    const bytes = readFileSync(file);
    const { file: csv, problems } = readCsv(bytes);
    if (!csv || problems.length > 0) return { file, status: 'skipped', reason: problems.map((p) => p.key).join(', ') || 'unreadable' };
    const columns = columnsOf(table);
    if (csv.header.join(',') !== columns.join(',')) return { file, status: 'skipped', reason: 'header differs from the schema' };
    const rows = csv.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
    if (rows.some((row) => row.cells.length !== columns.length)) return { file, status: 'skipped', reason: 'a row has the wrong number of cells' };
    const text = canonicalCsv(
      table,
      rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row.cells[i]]))),
    );
    if (text === new TextDecoder().decode(bytes)) return { file, status: 'unchanged' };
    if (write) writeFileSync(file, text);
    return { file, status: 'rewritten' };
  });
}
