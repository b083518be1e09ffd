/**
 * The OpenAPI 3.1 description of the static JSON API, generated from the same table
 * definitions as the validator, so the documented row shapes are the served ones.
 */
import { region } from '../config/region';
import { KELURAHAN_LIST_COLUMNS } from './documents';
import { constraintsOf, tableSchemaType } from '../data/package/datapackage';
import { fieldInfo, tableNames, tables, type TableName } from '../data/schema/index';
import { columnsOf, type TableDefinition } from '../data/schema/table';
import { apiUrl, pagePaths, pageUrl } from '../urls';

type Schema = Record<string, unknown>;

/** JSON Schema of one column as served in JSON: unknown values are null, lists are arrays. */
function columnSchema(table: TableDefinition, name: string): Schema {
  const column = table.fields[name]!;
  const info = fieldInfo(column);
  const constraints = constraintsOf(column);
  const type = tableSchemaType(column);
  let schema: Schema;
  if (info.type === 'list') {
    schema = { type: 'array', items: { type: 'string' } };
  } else if (type === 'date') {
    schema = { type: 'string', format: 'date' };
  } else {
    schema = { type };
    if (constraints.pattern) schema.pattern = `^(?:${constraints.pattern})$`;
    if (constraints.enum) schema.enum = constraints.enum;
    if (constraints.minimum !== undefined) schema.minimum = constraints.minimum;
    if (constraints.maximum !== undefined) schema.maximum = constraints.maximum;
    if (constraints.maxLength !== undefined) schema.maxLength = constraints.maxLength;
  }
  if (!info.required) {
    schema.type = [schema.type as string, 'null'];
    if (schema.enum) schema.enum = [...(schema.enum as string[]), null];
  }
  return { ...schema, title: info.title.en, description: `${info.description.en} / ${info.description.id}` };
}

function rowSchema(name: TableName): Schema {
  const table = tables[name] as unknown as TableDefinition;
  const columns = columnsOf(table);
  return {
    type: 'object',
    title: table.title.en,
    description: `${table.description.en} / ${table.description.id}`,
    required: columns,
    properties: Object.fromEntries(columns.map((c) => [c, columnSchema(table, c)])),
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const meta: Schema = {
  type: 'object',
  description:
    'About the response: API version, the day the data is as of, the newest release and whether the data has changed since it, licences and links.',
  properties: {
    api: { type: 'string', const: 'v1' },
    data_as_of: { type: ['string', 'null'], format: 'date' },
    latest_release: {
      type: ['object', 'null'],
      properties: { version: { type: 'string' }, date: { type: 'string', format: 'date' }, url: { type: 'string', format: 'uri' } },
    },
    changed_since_release: { type: 'boolean' },
  },
  additionalProperties: true,
};

function listRowSchema(): Schema {
  const nullable = new Set(['cooperative_id', 'cooperative_name', 'cooperative_name_basis', 'furthest_stage_basis', 'furthest_stage_date']);
  return {
    type: 'object',
    required: [...KELURAHAN_LIST_COLUMNS],
    properties: Object.fromEntries(
      KELURAHAN_LIST_COLUMNS.map((c) => [
        c,
        c === 'has_own_facts' ? { type: 'boolean' } : { type: nullable.has(c) ? ['string', 'null'] : 'string' },
      ]),
    ),
  };
}

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(codes: string[]) {
  const basis = {
    type: 'string',
    enum: ['named', 'city-wide'],
    description: 'named: a source names this cooperative; city-wide: a source states it for every cooperative in the city.',
  };
  return {
    openapi: '3.1.0',
    info: {
      title: `KMP ${region.shortName} open data — static JSON API`,
      version: '1.0.0',
      summary: `Kelurahan Merah Putih cooperatives of ${region.name}: every kelurahan, its cooperative, partnerships, build sites, events and sources.`,
      description:
        'Static JSON files, regenerated at every build from the validated data. Unknown values are null. Every response has a `meta` object with the newest release; for data pinned to a version, download /data/v{version}/ instead. Data: CC BY 4.0; area codes and boundaries: MIT.',
      license: { name: 'CC-BY-4.0', identifier: 'CC-BY-4.0' },
    },
    externalDocs: { description: 'Documentation and examples', url: pageUrl('en', pagePaths.apiDocs) },
    servers: [{ url: apiUrl('').replace(/\/$/, '') }],
    paths: {
      '/index.json': {
        get: { operationId: 'index', summary: 'Links to every endpoint', responses: { '200': json({ type: 'object' }, 'Endpoint list') } },
      },
      '/kelurahan.json': {
        get: {
          operationId: 'listKelurahan',
          summary: 'Every kelurahan with its kecamatan, cooperative and furthest confirmed stage',
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['meta', 'data'],
                properties: { meta: ref('Meta'), data: { type: 'array', items: ref('KelurahanListRow') } },
              },
              'All kelurahan',
            ),
          },
        },
      },
      '/kelurahan.csv': {
        get: {
          operationId: 'listKelurahanCsv',
          summary: 'The same list as CSV (UTF-8, comma-separated), for spreadsheets such as IMPORTDATA',
          responses: {
            '200': { description: 'CSV with the columns of KelurahanListRow', content: { 'text/csv': { schema: { type: 'string' } } } },
          },
        },
      },
      '/kelurahan/{code}.json': {
        get: {
          operationId: 'getKelurahan',
          summary:
            'One kelurahan joined with its cooperative, stages, partnerships, sites with statuses, events, disagreements and sources',
          parameters: [
            {
              name: 'code',
              in: 'path',
              required: true,
              description: 'Dotted Kemendagri code',
              schema: { type: 'string', enum: codes },
              example: codes[0],
            },
          ],
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['meta', 'data'],
                properties: {
                  meta: ref('Meta'),
                  data: {
                    type: 'object',
                    properties: {
                      kelurahan: ref('kelurahan'),
                      kecamatan: ref('kecamatan'),
                      cooperative: { oneOf: [ref('cooperatives'), { type: 'null' }] },
                      furthest_stage: {
                        type: 'object',
                        properties: {
                          level: { type: 'string' },
                          label: { type: 'object' },
                          basis: { type: ['string', 'null'] },
                          date: { type: ['string', 'null'], format: 'date' },
                        },
                      },
                      stages: { type: 'array', items: { allOf: [ref('cooperative_stages'), { type: 'object', properties: { basis } }] } },
                      partnerships: {
                        type: 'array',
                        items: {
                          allOf: [
                            ref('partnerships'),
                            { type: 'object', properties: { basis, partner: { oneOf: [ref('partners'), { type: 'null' }] } } },
                          ],
                        },
                      },
                      sites: {
                        type: 'array',
                        items: {
                          allOf: [ref('sites'), { type: 'object', properties: { statuses: { type: 'array', items: ref('site_status') } } }],
                        },
                      },
                      events: { type: 'array', items: ref('events') },
                      disagreements: { type: 'array', items: ref('disagreements') },
                      sources: { type: 'array', items: ref('sources') },
                      unknown: {
                        type: 'array',
                        items: { type: 'object', properties: { item: { type: 'string' }, label: { type: 'object' } } },
                      },
                    },
                  },
                },
              },
              'The joined record',
            ),
            '404': { description: 'No kelurahan with that code' },
          },
        },
      },
      '/tables/{table}.json': {
        get: {
          operationId: 'getTable',
          summary: 'Every row of one table, typed',
          parameters: [{ name: 'table', in: 'path', required: true, schema: { type: 'string', enum: tableNames } }],
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['meta', 'data'],
                properties: { meta: ref('Meta'), data: { type: 'array', items: { type: 'object' } } },
              },
              'Rows; see the component schema named after the table',
            ),
          },
        },
      },
      '/releases.json': {
        get: {
          operationId: 'listReleases',
          summary: 'Every data release, newest first, with each file, its size and sha256',
          responses: { '200': json({ type: 'object' }, 'Releases') },
        },
      },
    },
    components: {
      schemas: {
        Meta: meta,
        KelurahanListRow: listRowSchema(),
        ...Object.fromEntries(tableNames.map((name) => [name, rowSchema(name)])),
      },
    },
  };
}
