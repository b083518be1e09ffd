/** npm run data:format [-- --check] [--data-dir DIR]: rewrite the CSV files in canonical form. */
import { parseArgs } from 'node:util';
import { formatTables } from '../src/data/files/format-tables';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: 'data' }, check: { type: 'boolean', default: false } } });
const outcomes = formatTables(values['data-dir'], !values.check);
for (const o of outcomes) if (o.status !== 'unchanged') console.log(`${o.status.padEnd(9)} ${o.file}${o.reason ? ` (${o.reason})` : ''}`);
const pending = outcomes.filter((o) => o.status === 'rewritten' || o.status === 'skipped');
if (values.check && pending.length > 0) process.exitCode = 1;
if (!pending.length) console.log('All tables are in canonical form.');
