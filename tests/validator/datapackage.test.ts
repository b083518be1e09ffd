/**
 * data/datapackage.json is generated from the zod schemas; these tests keep it current and
 * check the CSVs against it with the reference Frictionless implementation (npm datapackage),
 * which shares no code with our validator.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatapackage, datapackageJson } from '../../src/data/package/datapackage';
import { columnsOf, tableList } from '../../src/data/schema/index';
import { FIXTURE_DIR } from '../support/fixture';

const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as {
  Package: { load: (descriptor: string | object, basePath?: string) => Promise<FrictionlessPackage> };
};
interface FrictionlessResource {
  name: string;
  tabular: boolean;
  read: (options: { relations?: boolean }) => Promise<unknown[][]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}

const committed = readFileSync('data/datapackage.json', 'utf8');

/** Reads every tabular resource with foreign keys resolved; returns the errors, empty when valid. */
async function frictionlessErrors(dir: string): Promise<string[]> {
  writeFileSync(join(dir, 'datapackage.json'), committed);
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  const errors = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    try {
      await resource.read({ relations: true });
    } catch (err) {
      const e = err as Error & { errors?: Error[] };
      errors.push(`${resource.name}: ${e.message} ${(e.errors ?? []).map((x) => x.message).join('; ')}`);
    }
  }
  return errors;
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kmp-dp-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('data/datapackage.json', () => {
  it('is what the schemas generate (run npm run data:package after a schema change)', () => {
    const { version } = JSON.parse(committed) as { version: string };
    expect(committed).toBe(datapackageJson(version));
  });

  it('describes every table with its columns, keys and bilingual field docs', () => {
    const pkg = buildDatapackage('0.0.0');
    for (const table of tableList) {
      const resource = pkg.resources.find((r) => r.name === table.name) as {
        schema: { fields: Record<string, unknown>[]; primaryKey: string[] };
      };
      expect(resource.schema.fields.map((f) => f.name)).toEqual(columnsOf(table));
      expect(resource.schema.primaryKey).toEqual([table.primaryKey]);
      for (const field of resource.schema.fields) {
        for (const key of ['title', 'x-title-en', 'description', 'x-description-en']) expect(String(field[key] ?? '')).not.toBe('');
      }
    }
  });

  it('gives the compiled tables CC BY 4.0 and the code lists and boundaries MIT', () => {
    const pkg = buildDatapackage('0.0.0');
    const licence = (name: string) => (pkg.resources.find((r) => r.name === name) as { licenses: { name: string }[] }).licenses[0]!.name;
    expect(licence('cooperatives')).toBe('CC-BY-4.0');
    expect(licence('kelurahan')).toBe('MIT');
    expect(licence('kelurahan-boundaries')).toBe('MIT');
  });
});

describe('the reference Frictionless implementation', () => {
  it('finds the real data valid against datapackage.json', async () => {
    expect(await frictionlessErrors(copyOf('data'))).toEqual([]);
  });

  it('finds the fixture dataset valid', async () => {
    expect(await frictionlessErrors(copyOf(FIXTURE_DIR))).toEqual([]);
  });

  it('rejects a broken foreign key and a broken pattern, so the check above can fail', async () => {
    const dir = copyOf(FIXTURE_DIR);
    const cooperatives = readFileSync(join(dir, 'cooperatives.csv'), 'utf8');
    writeFileSync(
      join(dir, 'cooperatives.csv'),
      cooperatives.replace('kkmp-64.71.01.1001,64.71.01.1001', 'kkmp-64.71.01.1001,64.71.01.1099'),
    );
    const kecamatan = readFileSync(join(dir, 'kecamatan.csv'), 'utf8');
    writeFileSync(join(dir, 'kecamatan.csv'), kecamatan.replace('64.71.01,Balikpapan Timur', '64.71.1,Balikpapan Timur'));
    const errors = (await frictionlessErrors(dir)).join('\n');
    expect(errors).toMatch(/cooperatives/);
    expect(errors).toMatch(/kecamatan/);
  });
});
