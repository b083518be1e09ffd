/**
 * The built data package validates with the reference Frictionless implementation
 * (datapackage-js), foreign keys included; a broken foreign key proves the relations are read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { committedVersions, SITE_DIST } from './site';

const require = createRequire(import.meta.url);
interface Resource {
  name: string;
  tabular: boolean;
  read: (options: { relations?: boolean; keyed?: boolean }) => Promise<unknown[]>;
}
const { Package } = require('datapackage') as {
  Package: { load: (path: string) => Promise<{ valid: boolean; errors: Error[]; resources: Resource[] }> };
};

const LATEST = resolve(SITE_DIST, 'data', 'latest');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the built data packages', () => {
  it.each(['latest', ...committedVersions().map((v) => `v${v}`)])(
    'data/%s/datapackage.json is a valid Data Package whose every table reads with its foreign keys checked',
    async (folder) => {
      const dir = resolve(SITE_DIST, 'data', folder);
      const pkg = await Package.load(join(dir, 'datapackage.json'));
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
      const tabular = pkg.resources.filter((r) => r.tabular);
      expect(tabular.length).toBeGreaterThan(10);
      for (const resource of tabular) {
        const rows = await resource.read({ relations: true });
        const csv = parse(readFileSync(join(dir, `${resource.name}.csv`)), { columns: true }) as unknown[];
        expect(rows.length, resource.name).toBe(csv.length);
      }
    },
  );

  it('rejects a copy with a broken foreign key, so the check above is real', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kmp-frictionless-'));
    temp.push(dir);
    cpSync(LATEST, dir, { recursive: true });
    const path = join(dir, 'kelurahan.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const cells = lines[1]!.split(',');
    cells[header.indexOf('kecamatan_code')] = '64.71.99';
    lines[1] = cells.join(',');
    writeFileSync(path, lines.join('\n'));
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const kelurahan = pkg.resources.find((r) => r.name === 'kelurahan')!;
    await expect(kelurahan.read({ relations: true })).rejects.toThrow(/Foreign key "kecamatan_code" violation/);
  });
});
