/** Rewrites the generated parts of CONTRIBUTING.md (a test fails while they are stale). */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTRIBUTING_FILE, renderContributing } from '../src/cli/contributing-sections';

try {
  const current = readFileSync(CONTRIBUTING_FILE, 'utf8');
  const next = renderContributing(current);
  if (next === current) {
    process.stdout.write(`${CONTRIBUTING_FILE} is up to date.\n`);
  } else {
    writeFileSync(CONTRIBUTING_FILE, next);
    process.stdout.write(`Updated ${CONTRIBUTING_FILE}.\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
}
