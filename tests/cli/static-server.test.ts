/** The static server behind the browser tests and the benchmark: base path, directories, and nothing outside its folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';

const root = mkdtempSync(join(tmpdir(), 'kmp-static-'));
mkdirSync(join(root, 'dist', 'peta'), { recursive: true });
writeFileSync(join(root, 'dist', 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'dist', 'peta', 'index.html'), '<p>map</p>');
writeFileSync(join(root, 'dist', '404.html'), '<p>not found</p>');
// A sibling folder whose name starts with the served folder's name.
mkdirSync(join(root, 'dist-secret'));
writeFileSync(join(root, 'dist-secret', 'key.txt'), 'secret');
writeFileSync(join(root, 'outside.txt'), 'outside');

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(join(root, 'dist'), '/kmp/');
});
afterAll(() => server.close());

/** A raw GET, so the path reaches the server exactly as written. */
function get(path: string): Promise<{ status: number; body: string; location?: string }> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveStatic', () => {
  it('serves the site under its base path, with directory index pages', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kmp\/$/);
    expect(await get('/kmp/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await get('/kmp/peta/')).toMatchObject({ status: 200, body: '<p>map</p>' });
    expect(await get('/kmp/peta')).toMatchObject({ status: 301, location: '/kmp/peta/' });
  });

  it('answers 404 with the site 404 page outside the base path and for missing files', async () => {
    expect(await get('/peta/')).toMatchObject({ status: 404, body: '<p>not found</p>' });
    expect(await get('/kmp/nothing/')).toMatchObject({ status: 404 });
  });

  it.each(['/kmp/..%2foutside.txt', '/kmp/..%2fdist-secret%2fkey.txt', '/kmp/%2e%2e/dist-secret/key.txt'])(
    'never serves a file outside its folder: %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toMatch(/secret|outside/);
    },
  );
});
