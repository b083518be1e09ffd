/**
 * Reads one table file, streaming: the header is checked against the schema, then each row
 * as it arrives (cells, then the column constraints and row rules), and only what the
 * dataset checks need is kept: the kept columns' cells and the typed rows.
 * Canonical form is judged on the way, row by row, without writing the file out again.
 */
import { existsSync } from 'node:fs';
import { fieldInfo, isCalendarDate, type CellType } from '../schema/fields';
import { columnsOf, type TableDefinition } from '../schema/table';
import { cast, hygiene } from './cells';
import type { TableState } from './check';
import type { Problem } from './problems';
import { quoteFinding, streamCsvFile, type CsvRecord, type QuoteProblem } from './read-csv';
import { compileRowChecker, type CellProblem, type RowChecker } from './row-check';
import { compareKeys } from './canonical';

export function checkHeader(table: TableDefinition, header: string[]): { problems: Problem[]; usable: boolean } {
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

const checkers = new WeakMap<TableDefinition, RowChecker>();
function checkerOf(table: TableDefinition): RowChecker {
  let checker = checkers.get(table);
  if (!checker) checkers.set(table, (checker = compileRowChecker(table)));
  return checker;
}

const BLANK = /^\s*$/;

/** Where a cell is: line, position in the header, character column on the line. */
function at(record: CsvRecord, index: number) {
  return { rowNumber: record.line, fieldNumber: index + 1, charColumn: record.columns[index] || 1 };
}

interface Column {
  field: string;
  type: CellType;
  example: string;
  /** Position of the column in the file's header. */
  index: number;
  /** Where its cells are kept, when a check reads them. */
  kept: (string | undefined)[] | undefined;
  failed: Set<number> | undefined;
}

/**
 * Reads `path` into `state`, reporting every finding of the file through `report` in the
 * order an editor reads them: the file, the header, then row by row, then canonical form.
 */
export function readTable(state: TableState, path: string, keep: ReadonlySet<string>, today: string, report: (problem: Problem) => void): void {
  const table = state.table;
  if (!existsSync(path)) {
    report({ type: 'scheme-error', key: 'file-missing', params: { columns: columnsOf(table).join(',') } });
    return;
  }
  const checker = checkerOf(table);
  const fields = columnsOf(table);
  const pendingQuotes: QuoteProblem[] = [];
  const fileProblems: Problem[] = [];
  const rowProblems: Problem[] = [];
  let header: string[] | undefined;
  let columns: Column[] = [];
  let usable = false;
  let clean = true;
  let sorted = true;
  let minimal = true;
  let previousKey: string | undefined;
  let keyIndex = -1;
  const out: CellProblem[] = [];
  const failed = new Set<string>();
  /** Cells of the record being read that have a broken quote: that is their one error. */
  const brokenCells = new Set<number>();

  const start = (record: CsvRecord): boolean => {
    header = [...record.cells];
    state.header = header;
    const checked = checkHeader(table, header);
    fileProblems.push(...checked.problems);
    if (checked.problems.length > 0) clean = false;
    usable = checked.usable;
    if (!record.minimal) minimal = false;
    // With an unusable header the rows are not checked, but the rest of the file is still read for broken quotes.
    if (!usable) return true;
    keyIndex = header.indexOf(table.primaryKey);
    columns = fields.map((field) => {
      const info = fieldInfo(table.fields[field]!);
      const kept = keep.has(field) ? [] : undefined;
      if (kept) state.raw.set(field, kept);
      const failedRows = kept ? new Set<number>() : undefined;
      if (failedRows) state.failedCells.set(field, failedRows);
      return { field, type: info.type, example: info.example ?? '', index: header!.indexOf(field), kept, failed: failedRows };
    });
    return true;
  };

  const row = (record: CsvRecord) => {
    if (!usable) return;
    const cells = record.cells;
    const line = record.line;
    const width = header!.length;
    const problemsBefore = rowProblems.length;
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.length > 0 && !BLANK.test(cell)) {
        blank = false;
        break;
      }
    }
    if (blank) {
      rowProblems.push({ type: 'blank-row', key: 'blank-row', rowNumber: line });
      clean = false;
      return;
    }
    const rowIndex = state.lines.length;
    state.lines.push(line);
    const count = String(width);
    for (let i = cells.length; i < width; i++) {
      rowProblems.push({ ...at(record, Math.max(0, cells.length - 1)), type: 'missing-cell', key: 'missing-cell', fieldName: header![i]!, params: { count } });
    }
    for (let i = width; i < cells.length; i++) {
      rowProblems.push({ ...at(record, i), type: 'extra-cell', key: 'extra-cell', cell: cells[i]!, params: { count } });
    }
    const typed: Record<string, unknown> = {};
    failed.clear();
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const cell = cells[column.index];
      column.kept?.push(cell);
      if (cell === undefined) {
        failed.add(column.field);
        continue;
      }
      if (cell === '') continue;
      if (brokenCells.size > 0 && brokenCells.has(column.index)) {
        failed.add(column.field);
        column.failed?.add(rowIndex);
        continue;
      }
      // The common cases without the cast's result object: plain text, a well-formed date.
      const plain = hygiene(cell, column.type);
      if (plain === undefined && (column.type === 'string' || (column.type === 'date' && isCalendarDate(cell)))) {
        if (column.type === 'date' && cell > today) {
          failed.add(column.field);
          column.failed?.add(rowIndex);
          rowProblems.push({ ...at(record, column.index), type: 'future-date', key: 'future-date', fieldName: column.field, cell, params: { today } });
          continue;
        }
        typed[column.field] = cell;
        continue;
      }
      const result = plain ?? cast(cell, column.type);
      if (result.ok && column.type === 'date' && String(result.value) > today) {
        failed.add(column.field);
        column.failed?.add(rowIndex);
        rowProblems.push({ ...at(record, column.index), type: 'future-date', key: 'future-date', fieldName: column.field, cell, params: { today } });
        continue;
      }
      if (!result.ok) {
        failed.add(column.field);
        column.failed?.add(rowIndex);
        rowProblems.push({ ...at(record, column.index), type: result.type, key: result.key, fieldName: column.field, cell, params: { example: column.example, ...result.params } });
        continue;
      }
      typed[column.field] = result.value;
    }
    out.length = 0;
    const passed = checker.check(typed, failed, out);
    for (const problem of out) {
      const index = header!.indexOf(problem.fieldName);
      state.failedCells.get(problem.fieldName)?.add(rowIndex);
      rowProblems.push({ ...at(record, index), ...problem });
    }
    const ok = rowProblems.length === problemsBefore && passed;
    state.typed.push(ok ? typed : undefined);
    if (rowProblems.length > problemsBefore) clean = false;
    if (!record.minimal) minimal = false;
    if (cells.length !== width) minimal = false;
    const key = cells[keyIndex] ?? '';
    if (previousKey !== undefined && compareKeys(previousKey, key) > 0) sorted = false;
    previousKey = key;
  };

  let outcome: ReturnType<typeof streamCsvFile>;
  try {
    outcome = streamCsvFile(path, {
      record: (record) => {
        const go = header === undefined ? start(record) : row(record);
        brokenCells.clear();
        return go;
      },
      quoteProblem: (problem) => {
        pendingQuotes.push(problem);
        brokenCells.add(problem.cellIndex);
      },
    });
  } catch (err) {
    forget(state);
    report({ type: 'scheme-error', key: 'file-unreadable', params: { reason: (err as Error).message } });
    return;
  }
  if (outcome.fatal) {
    // The file is not a table: forget what was read of it.
    forget(state);
    report(outcome.fatal);
    return;
  }
  const quotes = pendingQuotes.map((p) => quoteFinding(p, header));
  for (const problem of quotes) report(problem);
  if (quotes.length > 0) clean = false;
  for (const problem of fileProblems) report(problem);
  if (!usable) {
    report({ type: 'incorrect-label', key: 'header-unusable', rowNumber: 1, severity: 'warning' });
    forget(state);
    return;
  }
  state.readable = true;
  for (const problem of rowProblems) report(problem);
  state.canonical = clean && sorted && minimal && !outcome.hadCrlf && outcome.endsWithNewline && header!.join(',') === fields.join(',');
  if (clean && !state.canonical) report({ type: 'not-canonical', key: 'not-canonical', severity: 'warning' });
}

function forget(state: TableState): void {
  state.lines.length = 0;
  state.typed.length = 0;
  state.raw.clear();
  state.failedCells.clear();
}
