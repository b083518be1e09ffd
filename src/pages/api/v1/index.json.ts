/** /api/v1/index.json: links to every endpoint of the static API. */
import type { APIRoute } from 'astro';
import { apiIndex, jsonResponse } from '../../../api/documents';
import { getDataset } from '../../../data/load';
import { apiReleaseInfo } from '../../../data/release/published';

export const GET: APIRoute = () => jsonResponse(apiIndex(getDataset(), apiReleaseInfo()));
