/** Writes data/datapackage.json from the schemas, keeping the version it already records. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { datapackageJson } from '../src/data/package/datapackage';

const path = process.argv[2] ?? 'data/datapackage.json';
const current = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }) : {};
const text = datapackageJson(current.version ?? '1.0.0');
if (existsSync(path) && readFileSync(path, 'utf8') === text) {
  console.error(`${path} is up to date.`);
} else {
  writeFileSync(path, text);
  console.error(`Wrote ${path}.`);
}
