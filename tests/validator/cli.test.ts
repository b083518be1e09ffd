/**
 * The command line: exit codes, the three formats, both languages, what Excel writes, and
 * the one error shape (pinned, like Datasette's test_error_shape).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate-command';
import { fixture, TODAY } from '../support/fixture';

const run = (args: string[]) => runValidate([...args, '--today', TODAY]);

describe('npm run validate', () => {
  it('exits 0 on valid data and ends with a summary of rows, sources and per-kelurahan coverage', () => {
    const f = fixture();
    const { code, stdout } = run(['--data-dir', f.dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/cooperatives\.csv: 3 rows/);
    expect(stdout).toMatch(/Sources: 3 of 3 sources cited/);
    expect(stdout).toMatch(/Kelurahan with cooperative facts of their own: 2 of 34/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✓/);
  });

  it('speaks Indonesian by default', () => {
    const f = fixture();
    f.setCell('events.csv', 2, 'date', '17/10/2025');
    const { code, stdout } = run(['--data-dir', f.dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('ditulis hari/bulan/tahun');
    expect(stdout).toContain('baris 2, kolom date');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✗ Data tidak sah: 1 kesalahan/);
  });

  it('reports every error in one run, across files', () => {
    const f = fixture();
    f.setCell('events.csv', 2, 'date', '17/10/2025');
    f.setCell('partners.csv', 2, 'name', '=cmd');
    f.setCell('sites.csv', 2, 'latitude', '-1,2');
    const report = JSON.parse(run(['--data-dir', f.dir, '--format', 'json']).stdout);
    expect(report.stats.errors).toBe(3);
    expect(
      report.tasks
        .filter((t: { valid: boolean }) => !t.valid)
        .map((t: { place: string }) => t.place)
        .sort(),
    ).toEqual([`${f.dir}/events.csv`, `${f.dir}/partners.csv`, `${f.dir}/sites.csv`]);
  });

  it('prints a Frictionless-shaped JSON report with one error shape', () => {
    const f = fixture();
    f.setCell('events.csv', 3, 'date', '2025-02-30');
    const { code, stdout } = run(['--data-dir', f.dir, '--format', 'json', '--lang', 'en']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['valid', 'stats', 'tasks']);
    expect(report.valid).toBe(false);
    const task = report.tasks.find((t: { place: string }) => t.place.endsWith('events.csv'));
    expect(task.errors).toEqual([
      {
        type: 'type-error',
        rowNumber: 3,
        fieldName: 'date',
        fieldNumber: 2,
        cell: '2025-02-30',
        message:
          '«2025-02-30» does not exist on the calendar (check the month and day, such as 31 April or 29 February). Write the correct date.',
      },
    ]);
  });

  it('prints GitHub annotations on the exact line and column', () => {
    const f = fixture();
    f.setCell('events.csv', 3, 'date', '24/12/2025');
    const { stdout } = run(['--data-dir', f.dir, '--format', 'github', '--lang', 'en']);
    const line = stdout.trim().split('\n')[0]!;
    const column = f.read('events.csv').split('\n')[2]!.indexOf('24/12/2025') + 1;
    expect(line).toBe(
      `::error file=${f.dir}/events.csv,line=3,col=${column},title=type-error (date)::«24/12/2025» is written day/month/year. This data uses year-month-day: write «2025-12-24».`,
    );
  });

  it('accepts what Excel writes as "CSV UTF-8": a byte-order mark and CRLF line endings', () => {
    const f = fixture();
    for (const file of ['events.csv', 'sources.csv', 'kelurahan.csv']) f.write(file, `\uFEFF${f.read(file).replace(/\n/g, '\r\n')}`);
    const result = f.validate();
    expect(result.valid).toBe(true);
    expect(result.findings.map((x) => [x.type, x.severity])).toEqual([
      ['not-canonical', 'warning'],
      ['not-canonical', 'warning'],
      ['not-canonical', 'warning'],
    ]);
  });

  it('accepts a negative number in a numeric column', () => {
    const f = fixture();
    expect(f.read('sites.csv')).toContain('-1.2150');
    expect(f.validate().valid).toBe(true);
  });

  it.each([
    [['--format', 'xml'], /Unknown --format xml/],
    [['--lang', 'fr'], /Unknown --lang fr/],
    [['--nope'], /Unknown option '--nope'/],
    [['stray'], /Unexpected argument 'stray'/],
    [['--data-dir', '/no/such/folder'], /is not a folder/],
    [['--today', 'yesterday'], /--today must be YYYY-MM-DD/],
  ])('exits 2 with the usage on bad usage: %j', (args, message) => {
    const { code, stdout, stderr } = runValidate(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run validate --');
  });

  it('runs as a real process with the documented exit codes and no stack trace', () => {
    const f = fixture();
    f.write('partners.csv', Uint8Array.from([0xff, 0x00, 0xfe, 0x22, 0x0a, 0x2c]));
    const bad = spawnSync('npx', ['tsx', 'scripts/validate.ts', '--data-dir', f.dir], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(`${bad.stdout}${bad.stderr}`).not.toMatch(/\n\s+at /);
    const usage = spawnSync('npx', ['tsx', 'scripts/validate.ts', '--format'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    const good = execFileSync('npx', ['tsx', 'scripts/validate.ts', '--data-dir', fixture().dir, '--today', TODAY], { encoding: 'utf8' });
    expect(good).toMatch(/✓ Data sah/);
  });
});
