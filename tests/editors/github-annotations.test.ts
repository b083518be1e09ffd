/**
 * What a pull request shows: `npm run validate -- --format github`, run the way the workflow
 * runs it (from the repository root, on data/), annotates the exact line and column of each
 * problem with the plain-language message, and survives GitHub's escaping.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { messageOf } from '../../src/data/validation/messages';
import { githubReport } from '../../src/data/validation/report';
import { validateDataset } from '../../src/data/validation/validate';
import { fixture, TODAY } from '../support/fixture';
import { parseAnnotations } from './workflow-commands';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A copy of the real repository's data/ in a fresh folder, as a pull request's checkout has it. */
function checkoutWithRealData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kmp-pr-'));
  made.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** Runs the validator's real command line, from `cwd`, as the workflow step does. */
function validateCommand(cwd: string, args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts', 'validate.ts'), ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Rewrites one cell of one line (header = line 1), leaving every other byte of the file as it was. */
function setCell(path: string, line: number, column: string, value: string): { before: string; startColumn: number } {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const index = header.indexOf(column);
  const [cells] = parse(lines[line - 1]!, { relax_column_count: true }) as string[][];
  const before = cells![index]!;
  cells![index] = value;
  lines[line - 1] = stringify([cells!], { record_delimiter: '' });
  writeFileSync(path, lines.join('\n'));
  // Where the cell starts on the line: after the cells before it and their commas.
  const startColumn = stringify([cells!.slice(0, index)], { record_delimiter: '' }).length + (index > 0 ? 2 : 1);
  return { before, startColumn };
}

describe('validation annotations on a pull request', () => {
  it('a date broken on line 12 of a CSV is annotated on line 12, in plain language, with the fix', () => {
    const dir = checkoutWithRealData();
    const csv = join(dir, 'data', 'events.csv');
    const original = readFileSync(csv, 'utf8').split('\n');
    expect(original.length, 'events.csv needs at least 12 lines for this test').toBeGreaterThan(12);
    // The way Excel with Indonesian settings rewrites a date: day/month/year.
    const [, date] = parse(original[11]!, { relax_column_count: true })[0] as string[];
    const [year, month, day] = date!.split('-');
    const { startColumn } = setCell(csv, 12, 'date', `${day}/${month}/${year}`);
    // Every other line is untouched.
    const after = readFileSync(csv, 'utf8').split('\n');
    expect(after.filter((line, i) => line !== original[i])).toHaveLength(1);

    const { code, stdout, stderr } = validateCommand(dir, ['--format', 'github']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const annotations = parseAnnotations(stdout);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    const [annotation] = errors;
    expect(annotation!.properties).toMatchObject({ file: 'data/events.csv', line: '12', col: String(startColumn) });
    expect(annotation!.properties.title).toContain('date');

    // Indonesian by default; the message names what is wrong and the corrected value.
    expect(annotation!.message).toContain(`${day}/${month}/${year}`);
    expect(annotation!.message).toContain(date);
    expect(annotation!.message).toMatch(/hari\/bulan\/tahun/);
    const finding = validateDataset({ dataDir: join(dir, 'data'), displayDir: 'data' }).findings.find((f) => f.severity === 'error')!;
    expect(annotation!.message).toBe(messageOf(finding, 'id'));

    const english = parseAnnotations(validateCommand(dir, ['--format', 'github', '--lang', 'en']).stdout).filter(
      (a) => a.level === 'error',
    );
    expect(english[0]!.properties.line).toBe('12');
    expect(english[0]!.message).toBe(messageOf(finding, 'en'));
    expect(english[0]!.message).toMatch(/day\/month\/year/);
  });

  it('valid data gives no error annotation and exit code 0', () => {
    const dir = checkoutWithRealData();
    const { code, stdout } = validateCommand(dir, ['--format', 'github']);
    expect(code).toBe(0);
    expect(parseAnnotations(stdout).filter((a) => a.level === 'error')).toEqual([]);
  });

  it('escapes %, line breaks, and : and , in properties, so each annotation is one line and reads back exactly', () => {
    const f = fixture();
    // "%" in a cell reaches the message; a line break inside a header cell does too.
    f.setCell('events.csv', 2, 'date', '50%');
    const partners = f.read('partners.csv').split('\n');
    f.write('partners.csv', [`"id\nname",${partners[0]!.split(',').slice(1).join(',')}`, ...partners.slice(1)].join('\n'));
    // A folder label with ":" and "," exercises the property escaping.
    const result = validateDataset({ dataDir: f.dir, displayDir: 'data:v1,copy', today: TODAY });
    const output = githubReport(result, 'en');
    const lines = output.split('\n');
    expect(lines).toHaveLength(result.findings.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) /);

    const annotations = parseAnnotations(output);
    annotations.forEach((annotation, i) => {
      const finding = result.findings[i]!;
      expect(annotation.level).toBe(finding.severity);
      expect(annotation.properties.file).toBe(finding.file);
      expect(annotation.message).toBe(messageOf(finding, 'en'));
      if (finding.rowNumber !== undefined) expect(annotation.properties.line).toBe(String(finding.rowNumber));
    });
    const percent = annotations.find((a) => a.message.includes('«50%»'));
    expect(percent, 'the % cell is reported').toBeDefined();
    expect(percent!.properties.line).toBe('2');
    expect(output).toContain('«50%25»');
    const broken = annotations.find((a) => a.message.includes('id\nname'));
    expect(broken, 'the header cell with a line break is reported').toBeDefined();
    expect(output).toContain('id%0Aname');
    // Properties escape ":" and ","; the message keeps them as written.
    expect(output).toContain('file=data%3Av1%2Ccopy/events.csv');
    const raw = output.split('\n').find((line) => line.includes('id%0Aname'))!;
    const rawMessage = raw.slice(raw.indexOf('::', 2) + 2);
    expect(rawMessage).toMatch(/: .*, /);
    expect(rawMessage).not.toMatch(/%3A|%2C/);
  });
});
