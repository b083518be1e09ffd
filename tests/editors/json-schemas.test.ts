/**
 * The editors' JSON Schemas: up to date with the zod schemas, bound in .vscode/settings.json
 * to files that exist or will, accepting the real data's JSON rows and the boundary file, and
 * refusing what the validator refuses (a wrong value, a missing field, a swapped coordinate).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { region } from '../../src/config/region';
import {
  BOUNDARIES_SCHEMA,
  DATAPACKAGE_PROFILE,
  editorSchemaFiles,
  tableSchemaPath,
  VSCODE_SETTINGS,
} from '../../src/data/package/json-schemas';
import { tableJson } from '../../src/data/package/row-json';
import { BOUNDARIES_FILE, columnsOf, fieldInfo, tableList, tableNames, type TableName, type Tables } from '../../src/data/schema/index';
import { validateDataset } from '../../src/data/validation/validate';

const ROOT = resolve(import.meta.dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;

function compile(path: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addKeyword('enumDescriptions');
  return ajv.compile(readJson(path) as object);
}

const dataset = validateDataset({ dataDir: join(ROOT, 'data'), displayDir: 'data' }).data as Tables;

describe('editor JSON Schemas', () => {
  it('are up to date with the zod schemas (else run npm run data:schemas)', () => {
    const stale = [...editorSchemaFiles()].filter(
      ([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content,
    );
    expect(
      stale.map(([path]) => path),
      'run npm run data:schemas',
    ).toEqual([]);
  });

  it('are bound in .vscode/settings.json: every table, the boundaries and datapackage.json', () => {
    const settings = readJson(VSCODE_SETTINGS) as { 'json.schemas': { fileMatch: string[]; url: string }[] };
    const bindings = settings['json.schemas'];
    for (const binding of bindings) expect(existsSync(join(ROOT, binding.url)), binding.url).toBe(true);
    const urlOf = (file: string) => bindings.find((b) => b.fileMatch.includes(file))?.url;
    for (const name of tableNames) expect(urlOf(`/data/releases/*/${name}.json`), name).toBe(`./${tableSchemaPath(name)}`);
    expect(urlOf(`/data/${BOUNDARIES_FILE}`)).toBe(`./${BOUNDARIES_SCHEMA}`);
    expect(urlOf('/data/datapackage.json')).toBe(`./${DATAPACKAGE_PROFILE}`);
  });

  it('accept the JSON rows of the real data, with null for unknown values as the releases write them', () => {
    expect(dataset, 'the real data is valid').toBeDefined();
    for (const name of tableNames) {
      const validate = compile(tableSchemaPath(name));
      const rows = JSON.parse(JSON.stringify(tableJson(name, dataset[name]))) as unknown;
      expect(validate(rows), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('accept the JSON files of every recorded release', () => {
    const releases = join(ROOT, 'data', 'releases');
    const folders = existsSync(releases) ? readdirSync(releases).filter((f) => /^v\d/.test(f)) : [];
    for (const folder of folders) {
      for (const name of tableNames) {
        const file = join('data', 'releases', folder, `${name}.json`);
        if (!existsSync(join(ROOT, file))) continue;
        const validate = compile(tableSchemaPath(name));
        expect(validate(readJson(file)), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      }
    }
  });

  it('refuse a value outside an allowed list, a missing required field, and an unknown field', () => {
    for (const table of tableList) {
      const name = table.name as TableName;
      const validate = compile(tableSchemaPath(name));
      const rows = tableJson(name, dataset[name]);
      if (rows.length === 0) continue;
      const row = rows[0]!;
      expect(validate([{ ...row, not_a_column: 'x' }]), `${name}: unknown field`).toBe(false);
      const { [table.primaryKey]: _key, ...withoutKey } = row;
      expect(validate([withoutKey]), `${name}: no primary key`).toBe(false);
      const enumColumn = columnsOf(table).find((c) => fieldInfo(table.fields[c]!).values);
      if (enumColumn) expect(validate([{ ...row, [enumColumn]: 'not-a-value' }]), `${name}.${enumColumn}`).toBe(false);
    }
  });

  it('accept the boundary file, and refuse a swapped latitude/longitude or a bad kelurahan code', () => {
    const validate = compile(BOUNDARIES_SCHEMA);
    const boundaries = readJson(`data/${BOUNDARIES_FILE}`) as {
      features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    expect(validate(boundaries), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(boundaries.features).toHaveLength(region.kelurahanCount);

    const swapped = structuredClone(boundaries);
    const geometry = swapped.features[0]!.geometry;
    const firstRing = (geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as unknown[])[0]) as number[][][];
    firstRing[0]![0] = [firstRing[0]![0]![1]!, firstRing[0]![0]![0]!];
    expect(validate(swapped)).toBe(false);

    const badCode = structuredClone(boundaries);
    badCode.features[0]!.properties.code = '6471011001';
    expect(validate(badCode)).toBe(false);
  });
});
