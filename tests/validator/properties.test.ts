/**
 * Property-based tests: the validator never throws, whatever the bytes; and a file that
 * data:format writes from valid rows is always valid. Rows are generated from the schemas
 * themselves, so a new column or constraint is covered without editing this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate-command';
import { constraintsOf } from '../../src/data/package/datapackage';
import { formatTables } from '../../src/data/files/format-tables';
import { anchored, fieldInfo } from '../../src/data/schema/fields';
import { columnsOf, tableNames, tables, type TableDefinition, type TableName } from '../../src/data/schema/index';
import { messageOf } from '../../src/data/validation/messages';
import { cast, hygiene } from '../../src/data/validation/cells';
import { fixture, TODAY } from '../support/fixture';

const RUNS = Number(process.env.FC_RUNS ?? 60);

describe('the validator never throws', () => {
  const targets = [...tableNames.map((n) => `${n}.csv`), 'kelurahan-boundaries.geojson'];
  const csvish = fc
    .array(
      fc.constantFrom(
        ',',
        ';',
        '"',
        '\n',
        '\r\n',
        '\uFEFF',
        'a',
        'id',
        '2025-10-17',
        '17/10/2025',
        '-1,5',
        '=',
        '<b>',
        '\t',
        ' ',
        'é',
        '\u0000',
        '64.71.03.1006',
      ),
      {
        maxLength: 60,
      },
    )
    .map((parts) => new TextEncoder().encode(parts.join('')));

  it('on arbitrary bytes in any data file, and every finding has a message in both languages', () => {
    const f = fixture();
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.oneof(fc.uint8Array({ maxLength: 400 }), csvish), (target, bytes) => {
        f.write(target, bytes);
        const result = f.validate();
        for (const finding of result.findings) {
          expect(messageOf(finding, 'id')).not.toMatch(/undefined|\[object Object\]/);
          expect(messageOf(finding, 'en').length).toBeGreaterThan(10);
        }
        const cli = runValidate(['--data-dir', f.dir, '--format', 'json', '--today', TODAY]);
        expect([0, 1]).toContain(cli.code);
        expect(() => JSON.parse(cli.stdout)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary cells appended to a valid table', () => {
    const f = fixture();
    const original = f.read('events.csv');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }), (cells) => {
        f.write('events.csv', original + stringify([cells], { record_delimiter: '\n' }));
        expect(() => f.validate()).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

/** Values that the fixture's other tables make valid for foreign keys. */
function referenceValues(dir: string) {
  const ids = (file: string, column = 'id') => {
    const [header, ...lines] = readFileSync(`${dir}/${file}`, 'utf8').trim().split('\n');
    const index = header!.split(',').indexOf(column);
    return lines.map((line) => line.split(',')[index]!);
  };
  return {
    sources: ids('sources.csv'),
    kelurahan: ids('kelurahan.csv', 'code'),
    cooperatives: ids('cooperatives.csv'),
    partners: ids('partners.csv'),
  };
}

const SAFE_TEXT = fc
  .string({ unit: fc.constantFrom(...'abcdefghij KLMNOP,.;:"\'éñ()0123456789/'.split('')), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() === s && s.length > 0 && hygiene(s, 'string') === undefined);

function cellArbitrary(table: TableDefinition, column: string, refs: ReturnType<typeof referenceValues>): fc.Arbitrary<string> {
  const schema = table.fields[column]!;
  const info = fieldInfo(schema);
  const c = constraintsOf(schema);
  const fk = table.foreignKeys.find((k) => k.field === column);
  const pool = fk ? (refs as Record<string, string[]>)[fk.resource] : undefined;
  let value: fc.Arbitrary<string>;
  if (pool && fk?.list) value = fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }).map((items) => items.join(';'));
  else if (pool) value = fc.constantFrom(...pool);
  else if (c.enum) value = fc.constantFrom(...c.enum);
  else if (info.type === 'date')
    value = fc
      .date({ min: new Date('2020-01-01'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  else if (info.type === 'boolean') value = fc.constantFrom('true', 'false');
  else if (info.type === 'integer') value = fc.integer({ min: c.minimum ?? -1000, max: c.maximum ?? 100000 }).map(String);
  else if (info.type === 'number') {
    const [min, max] = [c.minimum ?? -1000, c.maximum ?? 1000];
    value = fc.integer({ min: Math.ceil(min * 10000), max: Math.floor(max * 10000) }).map((n) => (n / 10000).toFixed(4));
  } else if (info.type === 'list')
    value = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 }).map((items) => items.join(';'));
  else if (c.pattern) value = fc.stringMatching(anchored(c.pattern));
  else value = SAFE_TEXT.map((s) => s.slice(0, c.maxLength ?? 500));
  return info.required ? value : fc.option(value, { nil: '' });
}

/** A row passes the schema's row rules once its cells are cast (the same path the validator takes). */
function rowIsValid(table: TableDefinition, row: Record<string, string>): boolean {
  const typed: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '') continue;
    const info = fieldInfo(table.fields[column]!);
    const result = hygiene(cell, info.type) ?? cast(cell, info.type);
    if (!result.ok) return false;
    typed[column] = result.value;
  }
  return table.row.safeParse(typed).success;
}

describe('data:format output from valid rows', () => {
  const generated: TableName[] = ['events', 'indicators', 'partnerships', 'cooperative_stages', 'corrections'];

  it.each(generated)('is always valid for %s, in any input order, with BOM and CRLF', (name) => {
    const f = fixture();
    const table = tables[name] as unknown as TableDefinition;
    const columns = columnsOf(table);
    const refs = referenceValues(f.dir);
    const row = fc.record(
      Object.fromEntries(columns.map((c) => [c, cellArbitrary(table, c, refs)])) as Record<string, fc.Arbitrary<string>>,
    );
    const rows = fc
      .uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r[table.primaryKey] })
      .filter((list) => list.every((r) => rowIsValid(table, r)));
    fc.assert(
      fc.property(rows, fc.boolean(), (list, excelStyle) => {
        const body = stringify([columns, ...list.map((r) => columns.map((c) => r[c]))], { record_delimiter: excelStyle ? '\r\n' : '\n' });
        writeFileSync(f.path(`${name}.csv`), excelStyle ? `\uFEFF${body}` : body);
        const [outcome] = formatTables(f.dir).filter((o) => o.file.endsWith(`/${name}.csv`));
        expect(outcome?.status).not.toBe('skipped');
        const result = f.validate();
        const mine = result.findings.filter((x) => x.file === `data/${name}.csv`);
        expect(mine).toEqual([]);
        expect(result.tables[name].rowCount).toBe(list.length);
      }),
      { numRuns: RUNS },
    );
  });
});
