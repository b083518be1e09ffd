/** Copies of the fixture dataset in a temporary folder, to break one thing at a time. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { validateDataset } from '../../src/data/validation/validate';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'dataset');
export const TODAY = '2026-11-29';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export interface Fixture {
  dir: string;
  path: (file: string) => string;
  read: (file: string) => string;
  write: (file: string, content: string | Uint8Array) => void;
  /** Replaces line `line` (1-based, header = 1) of a file. */
  setLine: (file: string, line: number, content: string) => void;
  /** Sets one cell, addressed by line and column name, writing the line back as-is otherwise. */
  setCell: (file: string, line: number, column: string, value: string) => void;
  validate: (today?: string) => ReturnType<typeof validateDataset>;
}

export function fixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'kmp-fixture-'));
  made.push(dir);
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  const path = (file: string) => join(dir, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  const write = (file: string, content: string | Uint8Array) => writeFileSync(path(file), content);
  const setLine = (file: string, line: number, content: string) => {
    const lines = read(file).split('\n');
    if (line > lines.length) throw new Error(`${file} has no line ${line}`);
    lines[line - 1] = content;
    write(file, lines.join('\n'));
  };
  const setCell = (file: string, line: number, column: string, value: string) => {
    const lines = read(file).split('\n');
    const header = lines[0]!.split(',');
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${file} has no column ${column}`);
    // Fixture lines that this is used on have no quoted commas.
    const cells = lines[line - 1]!.split(',');
    if (cells.length !== header.length) throw new Error(`${file} line ${line} has quoted commas; use setLine`);
    cells[index] = /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    lines[line - 1] = cells.join(',');
    write(file, lines.join('\n'));
  };
  return {
    dir,
    path,
    read,
    write,
    setLine,
    setCell,
    validate: (today = TODAY) => validateDataset({ dataDir: dir, displayDir: 'data', today }),
  };
}

export function errorsOf(result: ReturnType<typeof validateDataset>) {
  return result.findings.filter((f) => f.severity === 'error');
}
