/** /api/v1/releases.json: every data release, newest first, with its files, sizes and sha256. */
import type { APIRoute } from 'astro';
import { jsonResponse, releasesDocument } from '../../../api/documents';
import { listReleases, releaseStatus } from '../../../data/release/published';

export const GET: APIRoute = () => jsonResponse(releasesDocument(listReleases(), releaseStatus().changed));
