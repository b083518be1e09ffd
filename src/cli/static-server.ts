/**
 * A small static file server for the built site, bound to 127.0.0.1. Used by the browser
 * tests and the benchmark; `astro preview` does the same for people.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.cff': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  server: Server;
  /** Origin plus base path, ending in a slash: http://127.0.0.1:PORT/base/ */
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(root: string, base = '/', port = 0): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send404 = () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    };
    if (!path.startsWith(prefix)) return send404();
    let file = normalize(join(dir, path.slice(prefix.length)));
    // Only files inside the served folder: /../ and a sibling folder sharing the prefix are refused.
    if (file !== dir && !file.startsWith(dir + sep)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://127.0.0.1:${actual}${prefix}`, close: () => new Promise((ok) => server.close(() => ok())) });
    });
  });
}
