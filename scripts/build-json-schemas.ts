/** Writes the editors' JSON Schemas and .vscode/settings.json; with --check, only lists the stale ones. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorSchemaFiles } from '../src/data/json-schemas';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, content] of editorSchemaFiles()) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
if (check && stale.length) {
  process.stderr.write(`Out of date: ${stale.join(', ')}. Run: npm run data:schemas\n`);
  process.exitCode = 1;
} else if (!check && stale.length) {
  process.stdout.write(`Wrote ${stale.join(', ')}\n`);
}
