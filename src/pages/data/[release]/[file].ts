/**
 * /data/v{version}/{file} and /data/latest/{file}: the committed bytes of every release,
 * served unchanged. listReleases() re-hashes every file against its manifest first, so the
 * build fails, naming the file, if a published release was altered.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../../../data/release/manifest';
import { LATEST_FOLDER, listReleases, type Release } from '../../../data/release/published';

export const getStaticPaths = (() => {
  const releases = listReleases();
  const paths = (release: Release, folder: string) =>
    [...release.files.map((f) => f.path), MANIFEST_FILE].map((file) => ({
      params: { release: folder, file },
      props: { path: join(release.dir, file) },
    }));
  return [...releases.flatMap((r) => paths(r, r.folder)), ...(releases[0] ? paths(releases[0], LATEST_FOLDER) : [])];
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json',
  zip: 'application/zip',
  md: 'text/markdown; charset=utf-8',
  cff: 'text/yaml; charset=utf-8',
};

export const GET: APIRoute = ({ props, params }) => {
  const extension = String(params.file).split('.').pop() ?? '';
  return new Response(readFileSync(props.path as string), { headers: { 'content-type': TYPES[extension] ?? 'text/plain; charset=utf-8' } });
};
