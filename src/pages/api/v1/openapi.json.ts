/** /api/v1/openapi.json: the OpenAPI 3.1 description of the static API. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../api/documents';
import { getDataset } from '../../../data/load';
import { openApiDocument } from '../../../api/openapi';

export const GET: APIRoute = () =>
  jsonResponse(
    openApiDocument(
      getDataset()
        .kelurahan.map((k) => k.code)
        .sort(),
    ),
  );
