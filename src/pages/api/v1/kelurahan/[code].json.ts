/** /api/v1/kelurahan/{code}.json: one kelurahan joined with its cooperative, partnerships, sites, events and sources. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, kelurahanDocument } from '../../../../api/documents';
import { getDataset } from '../../../../data/load';
import { apiReleaseInfo } from '../../../../data/release/published';

export const getStaticPaths = (() => getDataset().kelurahan.map((k) => ({ params: { code: k.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(kelurahanDocument(getDataset(), String(params.code), apiReleaseInfo()));
