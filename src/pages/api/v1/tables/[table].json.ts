/** /api/v1/tables/{table}.json: every row of one table, typed, with null for unknown values. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, tableDocument } from '../../../../api/documents';
import { getDataset } from '../../../../data/load';
import { apiReleaseInfo } from '../../../../data/release/published';
import { tableNames, type TableName } from '../../../../data/schema/index';

export const getStaticPaths = (() => tableNames.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(tableDocument(getDataset(), params.table as TableName, apiReleaseInfo()));
