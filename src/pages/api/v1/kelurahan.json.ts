/** /api/v1/kelurahan.json: every kelurahan with its kecamatan, cooperative and furthest stage. */
import type { APIRoute } from 'astro';
import { jsonResponse, kelurahanList } from '../../../data/api';
import { getDataset } from '../../../data/load';
import { apiReleaseInfo } from '../../../data/releases';

export const GET: APIRoute = () => jsonResponse(kelurahanList(getDataset(), apiReleaseInfo()));
