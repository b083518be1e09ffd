/** /api/v1/kelurahan.json: every kelurahan with its kecamatan, cooperative and furthest stage. */
import type { APIRoute } from 'astro';
import { jsonResponse, kelurahanList } from '../../../api/documents';
import { getDataset } from '../../../data/load';
import { apiReleaseInfo } from '../../../data/release/published';

export const GET: APIRoute = () => jsonResponse(kelurahanList(getDataset(), apiReleaseInfo()));
