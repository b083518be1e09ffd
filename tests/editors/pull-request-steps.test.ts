/**
 * The pull-request workflow's own steps, run as written in .github/workflows/ against a
 * checkout made of the real data: a valid pull request gets a readable data diff in the job
 * summary; one that breaks a date on line 12 gets an annotation on line 12 and still a diff.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownCell } from '../../src/data/files/diff';
import { parseAnnotations } from './workflow-commands';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface Step {
  run?: string;
  env?: Record<string, string>;
}
const workflowDir = join(ROOT, '.github', 'workflows');
const pullRequestWorkflow = readdirSync(workflowDir)
  .map(
    (f) =>
      parseYaml(readFileSync(join(workflowDir, f), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> },
  )
  .find((w) => 'pull_request' in w.on)!;
const steps = Object.values(pullRequestWorkflow.jobs).flatMap((job) => job.steps);
const validateStep = steps.find((s) => /npm run .*validate -- --format github/.test(s.run ?? ''))!;
const diffStep = steps.find((s) => /data:diff/.test(s.run ?? ''))!;

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A checkout like the workflow's: the project's code, and a git history whose main holds the real data. */
function checkout() {
  const dir = mkdtempSync(join(tmpdir(), 'kmp-checkout-'));
  made.push(dir);
  for (const entry of ['node_modules', 'src', 'scripts']) symlinkSync(join(ROOT, entry), join(dir, entry));
  for (const file of ['package.json', 'tsconfig.json']) copyFileSync(join(ROOT, file), join(dir, file));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', 'data');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '');
  /** Runs a workflow step's script the way GitHub runs `run:` with bash. */
  const runStep = (step: Step) => {
    const env = {
      ...process.env,
      GITHUB_STEP_SUMMARY: summary,
      ...Object.fromEntries(Object.keys(step.env ?? {}).map((k) => [k, k === 'BASE_SHA' ? base : ''])),
    };
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: dir, env, encoding: 'utf8' });
  };
  const csv = (table: string) => join(dir, 'data', `${table}.csv`);
  return { dir, git, runStep, summary: () => readFileSync(summary, 'utf8'), csv };
}

describe('the pull-request workflow steps', () => {
  it('a valid pull request: no annotation, and the job summary shows the rows it adds and changes', () => {
    const pr = checkout();
    const sources = readFileSync(pr.csv('sources'), 'utf8').trimEnd().split('\n');
    const header = sources[0]!.split(',');
    const added = {
      id: 'contoh-2026-11-01',
      title: 'Contoh berita | uji',
      title_basis: 'stated',
      publisher: 'Contoh',
      url: 'https://example.org/berita',
      published: '2026-11-01',
      published_basis: 'stated',
      accessed: '2026-11-28',
      language: 'id',
      kind: 'news',
    };
    expect(Object.keys(added)).toEqual(header);
    writeFileSync(
      pr.csv('sources'),
      [...sources, stringify([header.map((c) => added[c as keyof typeof added])], { record_delimiter: '' })].join('\n') + '\n',
    );
    const [statusHeader, ...statusRows] = parse(readFileSync(pr.csv('site_status'), 'utf8')) as string[][];
    const noteColumn = statusHeader!.indexOf('note_eng');
    const changedRow = statusRows[0]!;
    const oldNote = changedRow[noteColumn]!;
    changedRow[noteColumn] = 'A clearer note.';
    writeFileSync(pr.csv('site_status'), stringify([statusHeader!, ...statusRows], { record_delimiter: '\n' }));

    const validate = pr.runStep(validateStep);
    expect(validate.status, validate.stderr).toBe(0);
    expect(parseAnnotations(validate.stdout).filter((a) => a.level === 'error')).toEqual([]);

    const diff = pr.runStep(diffStep);
    expect(diff.status, diff.stderr).toBe(0);
    const summary = pr.summary();
    expect(summary.startsWith('## Perubahan data / Data changes')).toBe(true);
    expect(summary).toContain('| sources | 1 | 0 | 0 |');
    expect(summary).toContain('| site_status | 0 | 1 | 0 |');
    expect(summary).toContain(`| added | ${added.id} | title | | ${markdownCell(added.title)} |`);
    expect(summary).toContain(`| changed | ${changedRow[0]} | note_eng | ${markdownCell(oldNote)} | A clearer note. |`);
    // Nothing but the diff: no npm banner lines in the summary.
    expect(summary).not.toMatch(/^> /m);
  });

  it('a pull request that breaks a date on line 12: an annotation on line 12 in plain language, and the diff still written', () => {
    const pr = checkout();
    const lines = readFileSync(pr.csv('events'), 'utf8').split('\n');
    const [cells] = parse(lines[11]!) as string[][];
    const dateColumn = lines[0]!.split(',').indexOf('date');
    const oldDate = cells![dateColumn]!;
    const [year, month, day] = oldDate.split('-');
    cells![dateColumn] = `${day}/${month}/${year}`;
    lines[11] = stringify([cells!], { record_delimiter: '' });
    writeFileSync(pr.csv('events'), lines.join('\n'));

    const validate = pr.runStep(validateStep);
    expect(validate.status).not.toBe(0);
    const errors = parseAnnotations(validate.stdout).filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatchObject({ file: 'data/events.csv', line: '12' });
    expect(errors[0]!.message).toContain(`tulis «${oldDate}»`);

    const diff = pr.runStep(diffStep);
    expect(diff.status, diff.stderr).toBe(0);
    expect(pr.summary()).toContain(`| changed | ${cells![0]} | date | ${oldDate} | ${day}/${month}/${year} |`);
  });
});
