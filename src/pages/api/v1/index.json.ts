/** /api/v1/index.json: links to every endpoint of the static API. */
import type { APIRoute } from 'astro';
import { apiIndex, jsonResponse } from '../../../data/api';
import { getDataset } from '../../../data/load';
import { apiReleaseInfo } from '../../../data/releases';

export const GET: APIRoute = () => jsonResponse(apiIndex(getDataset(), apiReleaseInfo()));
