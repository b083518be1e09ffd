/**
 * Builds data/datapackage.json (Frictionless Data Package v1, tabular) from the zod schemas.
 * Types and constraints are read off the zod schemas themselves; titles and descriptions come
 * from the field builders. Indonesian goes in title/description, English in x-title-en and
 * x-description-en (Frictionless ignores unknown properties).
 */
import { z } from 'zod';
import { region } from '../../config/region';
import { LIST_SEPARATOR, fieldInfo, type Bilingual } from '../schema/fields';
import { BOUNDARIES_FILE, tableList } from '../schema/index';
import { columnsOf, type TableDefinition } from '../schema/table';

export const LICENCES = {
  'CC-BY-4.0': {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  MIT: {
    name: 'MIT',
    path: 'https://opensource.org/license/mit',
    title: 'MIT License (attribution: Cahya DSN, cahyadsn/wilayah and cahyadsn/wilayah_boundaries; kodewilayah/explorer)',
  },
} as const;

/** Upstream datasets, credited as their MIT licences ask (see data/ATTRIBUTION.md). */
export const UPSTREAM_SOURCES = {
  codes: {
    title: 'cahyadsn/wilayah — kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025), MIT, © 2017-2025 Cahya DSN',
    path: 'https://github.com/cahyadsn/wilayah/tree/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7',
  },
  bps: {
    title: 'kodewilayah/explorer — padanan kode BPS–Kemendagri (BPS 2018H1), MIT, © 2021 kodewilayah',
    path: 'https://github.com/kodewilayah/explorer/tree/95495514b48d94d79c3b7f9185293570660deddf',
  },
  boundaries: {
    title: 'cahyadsn/wilayah_boundaries — batas kelurahan, MIT, © 2024 Cahya DSN',
    path: 'https://github.com/cahyadsn/wilayah_boundaries/tree/3c5a7960f4d227a38489094d84252bdbb3f978a5',
  },
  news: {
    title:
      'Berita dan dokumen publik yang tercantum satu per satu di sources.csv / News articles and public documents, each listed in sources.csv',
    path: 'sources.csv',
  },
} as const;

const bilingual = (text: Bilingual) => ({ title: text.id, 'x-title-en': text.en });
const described = (text: Bilingual) => ({ description: text.id, 'x-description-en': text.en });

/** `^(?:P)$` → `P`, with non-capturing groups written as plain groups (XML Schema regex has no `(?:`). */
function patternOf(regex: RegExp): string {
  return regex.source
    .replace(/^\^\(\?:/, '')
    .replace(/\)\$$/, '')
    .replace(/\(\?:/g, '(');
}

interface Constraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** Reads Table Schema constraints off a zod column schema. */
export function constraintsOf(schema: z.ZodTypeAny): Constraints {
  const constraints: Constraints = {};
  let current: z.ZodTypeAny = schema;
  constraints.required = true;
  for (;;) {
    if (current instanceof z.ZodOptional) {
      constraints.required = false;
      current = current._def.innerType;
    } else if (current instanceof z.ZodEffects) {
      current = current._def.schema;
    } else break;
  }
  if (current instanceof z.ZodString) {
    for (const check of current._def.checks) {
      if (check.kind === 'regex') constraints.pattern = patternOf(check.regex);
      if (check.kind === 'min') constraints.minLength = check.value;
      if (check.kind === 'max') constraints.maxLength = check.value;
    }
  } else if (current instanceof z.ZodEnum) {
    constraints.enum = [...(current._def.values as string[])];
  } else if (current instanceof z.ZodNumber) {
    for (const check of current._def.checks) {
      if (check.kind === 'min') constraints.minimum = check.value;
      if (check.kind === 'max') constraints.maximum = check.value;
    }
  } else if (current instanceof z.ZodArray) {
    const element = current._def.type as z.ZodTypeAny;
    const item = element instanceof z.ZodString ? element._def.checks.find((c) => c.kind === 'regex') : undefined;
    if (item && item.kind === 'regex') {
      const p = patternOf(item.regex);
      constraints.pattern = `(${p})(${LIST_SEPARATOR}(${p}))*`;
    }
  }
  // Text cells are checked for stray spaces, markup and formulas by the validator; an empty cell is a missing value.
  if (constraints.minLength === 1) delete constraints.minLength;
  return constraints;
}

/** The Table Schema type of a column, read off zod and checked against the builder's cell type. */
export function tableSchemaType(schema: z.ZodTypeAny): 'string' | 'integer' | 'number' | 'date' | 'boolean' {
  const info = fieldInfo(schema);
  let current: z.ZodTypeAny = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodEffects) {
    current = current instanceof z.ZodOptional ? current._def.innerType : current._def.schema;
  }
  if (current instanceof z.ZodNumber) return current.isInt ? 'integer' : 'number';
  if (current instanceof z.ZodBoolean) return 'boolean';
  if (info.type === 'date') return 'date';
  return 'string';
}

function fieldDescriptor(table: TableDefinition, name: string) {
  const schema = table.fields[name]!;
  const info = fieldInfo(schema);
  const type = tableSchemaType(schema);
  const constraints = constraintsOf(schema);
  // A date's form is its type; Table Schema applies patterns to the cast value, not the text.
  if (type === 'date') delete constraints.pattern;
  if (name === table.primaryKey || table.unique.includes(name)) constraints.unique = true;
  return {
    name,
    type,
    ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...bilingual(info.title),
    ...described(info.description),
    ...(info.example !== undefined ? { example: info.example } : {}),
    ...(info.type === 'list' ? { 'x-list-separator': LIST_SEPARATOR } : {}),
    ...(info.values ? { 'x-enum-labels': info.values } : {}),
    constraints,
  };
}

function tableResource(table: TableDefinition) {
  const licence = LICENCES[table.licence];
  const sources = table.licence === 'MIT' ? [UPSTREAM_SOURCES.codes, UPSTREAM_SOURCES.bps] : [UPSTREAM_SOURCES.news];
  const listKeys = table.foreignKeys.filter((fk) => fk.list);
  return {
    profile: 'tabular-data-resource',
    name: table.name,
    path: `${table.name}.csv`,
    ...bilingual(table.title),
    ...described(table.description),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', header: true },
    licenses: [licence],
    sources,
    schema: {
      fields: columnsOf(table).map((name) => fieldDescriptor(table, name)),
      missingValues: [''],
      primaryKey: [table.primaryKey],
      ...(table.foreignKeys.some((fk) => !fk.list)
        ? {
            foreignKeys: table.foreignKeys
              .filter((fk) => !fk.list)
              .map((fk) => ({ fields: [fk.field], reference: { resource: fk.resource, fields: [fk.referenceField] } })),
          }
        : {}),
      ...(listKeys.length
        ? {
            'x-list-foreign-keys': listKeys.map((fk) => ({
              fields: [fk.field],
              separator: LIST_SEPARATOR,
              reference: { resource: fk.resource, fields: [fk.referenceField] },
            })),
          }
        : {}),
    },
  };
}

export function buildDatapackage(version: string) {
  return {
    // A generic data package: the tables are tabular resources, the boundaries are not.
    profile: 'data-package',
    name: 'kmp-balikpapan',
    id: 'kmp-balikpapan',
    version,
    title: `Koperasi Kelurahan Merah Putih ${region.name}`,
    'x-title-en': `Kelurahan Merah Putih cooperatives of ${region.name}`,
    description: `Data terbuka tentang Koperasi Kelurahan Merah Putih (KKMP) di ${region.name}: tahapan pembentukan, kemitraan dengan BUMN, lokasi gerai dan gudang, indikator tingkat kota, dan linimasa. Setiap baris menyebut sumbernya; sel kosong berarti tidak diketahui; perbedaan antarsumber dicatat di tabel disagreements.`,
    'x-description-en': `Open data on the Kelurahan Merah Putih cooperatives (KKMP) of ${region.name}, Indonesia: formation stages, partnerships with state-owned enterprises (BUMN), outlet and warehouse build sites, city-level indicators and a timeline. Every row cites its sources; an empty cell means unknown; disagreements between sources are listed in the disagreements table.`,
    keywords: ['koperasi', 'Koperasi Merah Putih', 'KKMP', region.shortName, region.province.name, 'BUMN', 'open data'],
    languages: ['id', 'en'],
    'x-region': { code: region.code, name: region.name, bbox: [...region.bbox] },
    licenses: [LICENCES['CC-BY-4.0'], LICENCES.MIT],
    sources: Object.values(UPSTREAM_SOURCES),
    contributors: [{ title: 'Kontributor data terbuka KMP Balikpapan / KMP Balikpapan open-data contributors', role: 'author' }],
    resources: [
      ...tableList.map(tableResource),
      {
        profile: 'data-resource',
        name: 'kelurahan-boundaries',
        path: BOUNDARIES_FILE,
        title: 'Batas wilayah kelurahan',
        'x-title-en': 'Kelurahan boundaries',
        description:
          'Batas 34 kelurahan (WGS84, bujur/lintang, RFC 7946), dengan properti code dan name. Diambil dari cahyadsn/wilayah_boundaries tanpa penyederhanaan; asal geometri hulu tidak disebutkan oleh repositorinya.',
        'x-description-en':
          'Boundaries of the 34 kelurahan (WGS84, lon/lat, RFC 7946), with code and name properties. Taken from cahyadsn/wilayah_boundaries without simplification; the upstream repository does not state where its geometry comes from.',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
        licenses: [LICENCES.MIT],
        sources: [UPSTREAM_SOURCES.boundaries],
      },
    ],
  };
}

/** The JSON text written to data/datapackage.json. */
export function datapackageJson(version: string): string {
  return `${JSON.stringify(buildDatapackage(version), null, 2)}\n`;
}
