/**
 * JSON Schemas for editors' tools, generated from the same zod table schemas as the validator:
 * one per table (its JSON export: an array of typed rows), one for the boundary file, and the
 * Frictionless data-package profile for datapackage.json. `npm run data:schemas` writes them to
 * schemas/ and binds them to the project's JSON files in .vscode/settings.json, so an editor
 * sees a wrong value, a missing field or a swapped coordinate while typing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { region } from '../../config/region';
import { KELURAHAN_CODE_PATTERN, LIST_SEPARATOR, anchored, fieldInfo, type FieldInfo } from '../schema/fields';
import { BOUNDARIES_FILE, tableList } from '../schema/index';
import { columnsOf, type TableDefinition } from '../schema/table';

const SCHEMAS_DIR = 'schemas';
export const VSCODE_SETTINGS = '.vscode/settings.json';
export const DATAPACKAGE_PROFILE = `${SCHEMAS_DIR}/frictionless/data-package.json`;
export const BOUNDARIES_SCHEMA = `${SCHEMAS_DIR}/kelurahan-boundaries.schema.json`;
export const tableSchemaPath = (table: string) => `${SCHEMAS_DIR}/${table}.schema.json`;

/** Where JSON copies of the tables appear: the release folders. */
const tableJsonGlobs = (table: string) => [`/data/releases/*/${table}.json`];

type JsonSchema = Record<string, unknown>;

const both = (text: { id: string; en: string }, separator: string) => (text.id === text.en ? text.id : `${text.id}${separator}${text.en}`);

/** The field's example as the typed value a JSON export holds. */
function typedExample(info: FieldInfo): unknown {
  const example = info.example;
  if (example === undefined) return undefined;
  if (info.type === 'integer' || info.type === 'number') return Number.isFinite(Number(example)) ? Number(example) : undefined;
  if (info.type === 'boolean') return example === 'true';
  if (info.type === 'list') return example.split(LIST_SEPARATOR);
  return example;
}

function documentedField(generated: JsonSchema, info: FieldInfo): JsonSchema {
  const example = typedExample(info);
  const docs: JsonSchema = {
    title: both(info.title, ' / '),
    description: both(info.description, '\n\n'),
    ...(example === undefined ? {} : { examples: [example] }),
  };
  const values = info.values;
  // VS Code shows enumDescriptions next to each completion.
  const typed = values ? { ...generated, enumDescriptions: Object.keys(values).map((v) => both(values[v]!, ' / ')) } : generated;
  // An unknown value is an empty cell in CSV; in JSON it may be left out or written as null.
  return info.required ? { ...docs, ...typed } : { ...docs, anyOf: [typed, { type: 'null' }] };
}

/** JSON Schema of one typed row of a table. */
function rowJsonSchema(table: TableDefinition): JsonSchema {
  const generated = zodToJsonSchema(table.row, { target: 'jsonSchema7', effectStrategy: 'input', $refStrategy: 'none' }) as JsonSchema;
  const properties = generated.properties as Record<string, JsonSchema>;
  return {
    title: both(table.title, ' / '),
    description: both(table.description, '\n\n'),
    type: 'object',
    properties: Object.fromEntries(
      columnsOf(table).map((name) => [name, documentedField(properties[name]!, fieldInfo(table.fields[name]!))]),
    ),
    required: generated.required ?? [],
    additionalProperties: false,
  };
}

/** JSON Schema of a table's JSON export: an array of rows. */
function tableJsonSchema(table: TableDefinition): JsonSchema {
  const row = rowJsonSchema(table);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: `Generated from src/data/schema by npm run data:schemas; do not edit by hand. The CSV is data/${table.name}.csv.`,
    title: row.title,
    description: row.description,
    type: 'array',
    items: row,
  };
}

/** JSON Schema of the boundary file: one feature per kelurahan, positions in lon/lat order inside the region. */
function boundariesJsonSchema(): JsonSchema {
  const [west, south, east, north] = region.bbox;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: `Generated from src/config/region.ts and src/data/schema by npm run data:schemas; do not edit by hand.`,
    title: `Batas wilayah kelurahan ${region.name} / Kelurahan boundaries of ${region.name}`,
    description: `GeoJSON (RFC 7946): ${region.kelurahanCount} fitur, satu per kelurahan, dengan properti code dan name; koordinat ditulis bujur, lintang.\n\nGeoJSON (RFC 7946): ${region.kelurahanCount} features, one per kelurahan, with the properties code and name; positions are written longitude, latitude.`,
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        minItems: region.kelurahanCount,
        maxItems: region.kelurahanCount,
        items: {
          type: 'object',
          required: ['type', 'properties', 'geometry'],
          properties: {
            type: { const: 'Feature' },
            properties: {
              type: 'object',
              required: ['code', 'name'],
              properties: {
                code: {
                  type: 'string',
                  pattern: anchored(KELURAHAN_CODE_PATTERN).source,
                  description: 'Kode kelurahan Kemendagri / Kemendagri kelurahan code',
                  examples: ['64.71.03.1006'],
                },
                name: { type: 'string', minLength: 1 },
              },
            },
            geometry: {
              oneOf: [
                {
                  type: 'object',
                  required: ['type', 'coordinates'],
                  properties: { type: { const: 'Polygon' }, coordinates: { $ref: '#/definitions/polygon' } },
                },
                {
                  type: 'object',
                  required: ['type', 'coordinates'],
                  properties: {
                    type: { const: 'MultiPolygon' },
                    coordinates: { type: 'array', minItems: 1, items: { $ref: '#/definitions/polygon' } },
                  },
                },
              ],
            },
          },
        },
      },
    },
    definitions: {
      position: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: [
          { type: 'number', minimum: west, maximum: east, description: `Bujur (longitude), ${west}–${east}` },
          { type: 'number', minimum: south, maximum: north, description: `Lintang (latitude), ${south}–${north}` },
        ],
      },
      ring: { type: 'array', minItems: 4, items: { $ref: '#/definitions/position' } },
      polygon: { type: 'array', minItems: 1, items: { $ref: '#/definitions/ring' } },
    },
  };
}

/** The Frictionless data-package profile, as shipped by the reference implementation (npm datapackage). */
function datapackageProfile(): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('datapackage/package.json'));
  return readFileSync(join(root, 'lib', 'profiles', 'data-package.json'), 'utf8');
}

/** Editor settings, with every generated schema bound to the files it describes. */
function vscodeSettings(): JsonSchema {
  return {
    'json.schemas': [
      ...tableList.map((table) => ({ fileMatch: tableJsonGlobs(table.name), url: `./${tableSchemaPath(table.name)}` })),
      { fileMatch: [`/data/${BOUNDARIES_FILE}`, `/data/releases/*/${BOUNDARIES_FILE}`], url: `./${BOUNDARIES_SCHEMA}` },
      { fileMatch: ['/data/datapackage.json', '/data/releases/*/datapackage.json'], url: `./${DATAPACKAGE_PROFILE}` },
    ],
    // The validator wants UTF-8 with LF line endings and a final newline; keep the editor from changing that.
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'files.insertFinalNewline': true,
    'files.associations': { '*.geojson': 'json' },
    '[csv]': { 'files.trimTrailingWhitespace': false, 'editor.wordWrap': 'off' },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file `npm run data:schemas` writes, by path from the repository root. */
export function editorSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const table of tableList) files.set(tableSchemaPath(table.name), json(tableJsonSchema(table)));
  files.set(BOUNDARIES_SCHEMA, json(boundariesJsonSchema()));
  files.set(DATAPACKAGE_PROFILE, datapackageProfile());
  files.set(VSCODE_SETTINGS, json(vscodeSettings()));
  return files;
}
