// The reference implementation: Frictionless's tableschema (JS) casts every row of one file and
// checks it against its Table Schema (types, constraints, primary key), as in data/datapackage.json.
import { readFileSync } from 'node:fs';
import tableschema from 'tableschema';

const [file, packagePath, resourceName] = process.argv.slice(2);
const descriptor = JSON.parse(readFileSync(packagePath, 'utf8'));
const resource = descriptor.resources.find((r) => r.name === resourceName);
const table = await tableschema.Table.load(file, { schema: resource.schema });
let rows = 0;
let errors = 0;
const iterator = await table.iter({ cast: true, forceCast: true });
for await (const row of iterator) {
  rows++;
  if (row instanceof Error) errors++;
}
process.stdout.write(`${rows} rows, ${errors} errors\n`);
