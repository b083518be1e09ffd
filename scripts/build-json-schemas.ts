/** Writes the editors' JSON Schemas and .vscode/settings.json (a test fails while they are stale). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorSchemaFiles } from '../src/data/package/json-schemas';

const written: string[] = [];
for (const [path, content] of editorSchemaFiles()) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  written.push(path);
}
process.stdout.write(written.length ? `Wrote ${written.join(', ')}\n` : 'The JSON Schemas and .vscode/settings.json are up to date.\n');
