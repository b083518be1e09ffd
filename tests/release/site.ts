/** The built site ($SITE_DIST, default dist/) served on 127.0.0.1 for the tests of this folder. */
import { afterAll, beforeAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { StaticServer } from '../../src/cli/static-server';
import { serveSite } from '../support/browser';

export const SITE_DIST = process.env.SITE_DIST ?? 'dist';
/** What absolute links in the built site start with (SITE_URL and BASE_PATH of the build). */
export const SITE_ROOT = `${(process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '')}${(process.env.BASE_PATH ?? '/').replace(/\/*$/, '/')}`;
export const RELEASES = 'data/releases';

/** Release versions committed in data/releases, newest first, read straight off the folder names. */
export const committedVersions = () =>
  readdirSync(RELEASES)
    .filter((name) => /^v\d+\.\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort(semver.rcompare);

export const committedFiles = (version: string) => readdirSync(join(RELEASES, `v${version}`)).sort();

export function builtSite() {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveSite();
  });
  afterAll(async () => {
    await server?.close();
  });
  const url = (path: string) => {
    if (!server) throw new Error('The site is not served yet');
    return path.startsWith(SITE_ROOT) ? `${server.url}${path.slice(SITE_ROOT.length)}` : `${server.url}${path.replace(/^\/+/, '')}`;
  };
  const get = async (path: string) => {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  };
  return {
    url,
    get,
    bytes: async (path: string) => Buffer.from(await (await get(path)).arrayBuffer()),
    text: async (path: string) => (await get(path)).text(),
    json: async <T = unknown>(path: string) => (await (await get(path)).json()) as T,
  };
}
