/**
 * npm run bench:validator [-- --runs N] [--size kaltim|national]…: the validator benchmark
 * (src/bench/validator-bench.ts). Generated datasets are kept in $BENCH_DATA (default: the
 * system's temporary folder) so that later runs skip generating them.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SIZES } from '../src/bench/generate-data';
import { benchValidator } from '../src/bench/validator-bench';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'validator'),
  options: {
    runs: { type: 'string', default: '5' },
    size: { type: 'string', multiple: true },
    seed: { type: 'string', default: '20260101' },
  },
});
const sizes = (values.size ?? Object.keys(SIZES)) as (keyof typeof SIZES)[];
for (const size of sizes) if (!(size in SIZES)) throw new Error(`Unknown --size ${size}: choose ${Object.keys(SIZES).join(' or ')}`);
const report = await benchValidator({
  runs: Number(values.runs),
  sizes,
  seed: Number(values.seed),
  dataDir: process.env.BENCH_DATA ?? join(tmpdir(), 'kmp-bench-data'),
  log: (line) => console.error(line),
});
console.log(report);
