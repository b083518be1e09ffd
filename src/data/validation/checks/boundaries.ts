/** The kelurahan boundary file: valid GeoJSON, inside the region, one feature per kelurahan code. */
import { join } from 'node:path';
import { BOUNDARIES_FILE } from '../../schema/index';
import { defineCheck } from '../check';
import { checkBoundaries } from './boundary-geometry';

export const boundaries = defineCheck({
  name: 'boundaries',
  scope: 'dataset',
  type: 'geojson-error',
  severity: 'error',
  keys: ['boundary-missing', 'boundary-invalid', 'boundary-lat-lon', 'boundary-outside', 'boundary-missing-code', 'boundary-unknown-code', 'boundary-duplicate-code', 'file-empty'],
  doc: {
    title: { id: 'Berkas batas wilayah', en: 'The boundary file' },
    description: {
      id: `${BOUNDARIES_FILE} harus GeoJSON yang sah (bujur dulu, lalu lintang), di dalam kota, dengan tepat satu fitur per kode di kelurahan.csv. Pulihkan berkas dari versi sebelumnya bila rusak.`,
      en: `${BOUNDARIES_FILE} must be valid GeoJSON (longitude first, then latitude), inside the city, with exactly one feature per code of kelurahan.csv. Restore the file from the previous version when it is broken.`,
    },
  },
  keeps: (table) => (table.name === 'kelurahan' ? [table.primaryKey] : []),
  run(context) {
    const kelurahan = context.tables.kelurahan;
    const codes = kelurahan.readable ? (kelurahan.raw.get(kelurahan.table.primaryKey) ?? []).map((code) => code ?? '') : undefined;
    const file = context.fileLabel(BOUNDARIES_FILE);
    for (const problem of checkBoundaries(join(context.settings.dataDir, BOUNDARIES_FILE), codes)) context.report(file, problem);
  },
  examples: {
    failing: [{ file: BOUNDARIES_FILE, replace: '"64.71.03.1006"', with: '"64.71.09.1006"' }],
    passing: [],
  },
});
