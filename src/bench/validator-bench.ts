/**
 * The validator benchmark: whole-process runs of our validator (the bundle `npm run validate`
 * runs), of Frictionless's reference tableschema casting and checking the largest file against
 * data/datapackage.json, and of a bare csv-parse/sync parse of that file, on generated datasets
 * at Kaltim size and national size (src/bench/generate-data.ts). Each command runs several
 * times; the table gives medians of wall time, CPU time (user + system) and peak memory, and
 * the ratios the targets are stated in. Then `npm run validate` on the real data/, npm's own
 * start included. Speed is measured here, never asserted in a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureValidatorBundle } from '../cli/validator-bundle.mjs';
import { BENCH_TODAY, generateDataset, SIZES } from './generate-data';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNNERS = join(ROOT, 'src', 'bench', 'runners');

export interface Measure {
  wallS: number;
  cpuS: number;
  peakMiB: number;
}

export interface BenchOptions {
  /** Runs per command; the median is reported. */
  runs: number;
  sizes: (keyof typeof SIZES)[];
  /** Where generated datasets are kept between runs. */
  dataDir: string;
  seed: number;
  log: (line: string) => void;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `node <args>` once with the usage reporter preloaded. */
function measureOnce(args: string[], cwd = ROOT): Measure {
  const usageFile = join(tmpdir(), `kmp-bench-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', join(RUNNERS, 'rusage.cjs'), ...args], {
    cwd,
    env: { ...process.env, BENCH_RUSAGE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.toString().slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKiB: number };
  rmSync(usageFile, { force: true });
  return { wallS, cpuS: usage.cpuMs / 1000, peakMiB: usage.maxRssKiB / 1024 };
}

/** Medians over `runs` runs, after one unmeasured run that warms the file cache. */
export function measure(args: string[], runs: number): Measure {
  measureOnce(args);
  const all = Array.from({ length: runs }, () => measureOnce(args));
  return { wallS: median(all.map((m) => m.wallS)), cpuS: median(all.map((m) => m.cpuS)), peakMiB: median(all.map((m) => m.peakMiB)) };
}

/** Wall time of `npm run validate` on the real data/, from spawning npm to its exit. */
export function measureNpmValidate(runs: number): number {
  const once = () => {
    const started = process.hrtime.bigint();
    const run = spawnSync('npm', ['run', '--silent', 'validate'], { cwd: ROOT, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`npm run validate failed (${run.status}) on data/`);
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

export function datasetDir(options: Pick<BenchOptions, 'dataDir' | 'seed'>, size: keyof typeof SIZES): string {
  return join(options.dataDir, `${size}-${SIZES[size]}-seed${options.seed}`);
}

function ensureDataset(options: BenchOptions, size: keyof typeof SIZES): string {
  const dir = datasetDir(options, size);
  if (!existsSync(join(dir, 'kelurahan-boundaries.geojson'))) {
    options.log(`Generating the ${size} dataset (${SIZES[size]} kelurahan) in ${dir} …`);
    mkdirSync(dir, { recursive: true });
    generateDataset({ dir, kelurahan: SIZES[size], seed: options.seed });
  }
  return dir;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

export interface BenchRow {
  size: string;
  tool: string;
  what: string;
  measure: Measure;
}

/** Runs the benchmark and returns its report as Markdown. */
export async function benchValidator(options: BenchOptions): Promise<string> {
  const bundle = await ensureValidatorBundle();
  const rows: BenchRow[] = [];
  const lines: string[] = [];
  const datapackage = join(ROOT, 'data', 'datapackage.json');
  for (const size of options.sizes) {
    const dir = ensureDataset(options, size);
    const stages = join(dir, 'cooperative_stages.csv');
    const rowCount = readFileSync(stages, 'utf8').split('\n').length - 2;
    const label = `${size} (${SIZES[size]} kelurahan)`;
    options.log(`Measuring ${label} …`);
    const ours = measure([bundle, '--data-dir', dir, '--today', BENCH_TODAY, '--format', 'json'], options.runs);
    rows.push({
      size: label,
      tool: 'ours',
      what: `npm run validate's bundle: every table and the boundaries of the dataset`,
      measure: ours,
    });
    const reference = measure([join(RUNNERS, 'tableschema.mjs'), stages, datapackage, 'cooperative_stages'], options.runs);
    rows.push({
      size: label,
      tool: 'tableschema 1.12.6',
      what: `cast + check cooperative_stages.csv (${rowCount} rows) only`,
      measure: reference,
    });
    const parse = measure([join(RUNNERS, 'csv-parse.mjs'), stages], options.runs);
    rows.push({ size: label, tool: 'csv-parse/sync', what: `parse cooperative_stages.csv only, no checks`, measure: parse });
    lines.push(
      `- ${label}: tableschema / ours = ${fmt(reference.wallS / ours.wallS)}× wall, ${fmt(reference.cpuS / ours.cpuS)}× CPU (target ≥ 2); ours / csv-parse = ${fmt(ours.wallS / parse.wallS)}× wall, ${fmt(ours.cpuS / parse.cpuS)}× CPU (target ≤ 1.5); peak ${fmt(ours.peakMiB, 0)} MiB (target ≤ 300).`,
    );
  }
  options.log('Measuring npm run validate on data/ …');
  const npmWall = measureNpmValidate(options.runs);
  const real = measure([bundle, '--data-dir', join(ROOT, 'data')], options.runs);

  const table = [
    `Medians of ${options.runs} whole-process runs (after one warm-up run), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
    '',
    '| dataset | tool | what it does | wall s | CPU s | peak MiB |',
    '|---|---|---|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.size} | ${r.tool} | ${r.what} | ${fmt(r.measure.wallS)} | ${fmt(r.measure.cpuS)} | ${fmt(r.measure.peakMiB, 0)} |`,
    ),
    `| real data/ | ours | the bundle alone | ${fmt(real.wallS)} | ${fmt(real.cpuS)} | ${fmt(real.peakMiB, 0)} |`,
    `| real data/ | npm run validate | npm's own start included | ${fmt(npmWall)} | | |`,
    '',
    ...lines,
    `- npm run validate on data/: ${fmt(npmWall)} s wall (target ≤ 0.8).`,
  ];
  return table.join('\n');
}
