// The benchmark's baseline: a bare csv-parse/sync parse of one file, nothing checked.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const records = parse(readFileSync(process.argv[2], 'utf8'), { relax_column_count: true });
process.stdout.write(`${records.length} records\n`);
