/** /api/v1/openapi.json: the OpenAPI 3.1 description of the static API. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/api';
import { getDataset } from '../../../data/load';
import { openApiDocument } from '../../../data/openapi';

export const GET: APIRoute = () =>
  jsonResponse(
    openApiDocument(
      getDataset()
        .kelurahan.map((k) => k.code)
        .sort(),
    ),
  );
