/** Rewrites the generated parts of CONTRIBUTING.md; with --check, only says whether they are stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTRIBUTING_FILE, renderContributing } from '../src/cli/contributing-sections';

try {
  const current = readFileSync(CONTRIBUTING_FILE, 'utf8');
  const next = renderContributing(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write(`${CONTRIBUTING_FILE} is out of date with the schemas or the validator's messages. Run: npm run docs:contributing\n`);
      process.exitCode = 1;
    }
  } else if (next !== current) {
    writeFileSync(CONTRIBUTING_FILE, next);
    process.stdout.write(`Updated ${CONTRIBUTING_FILE}.\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
}
