/**
 * Figures for a built site: what each page costs a reader (HTML, CSS and JavaScript it loads,
 * raw and gzipped), which pages ship JavaScript, the heaviest pages, and totals. It builds
 * nothing; point it at a build with SITE_DIST (default dist/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: number;
  htmlGzip: number;
  css: number;
  cssGzip: number;
  js: number;
  jsGzip: number;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Local assets a page loads, as files of the build (base path stripped). */
function assetsOf(html: string, dir: string, base: string): { css: string[]; js: string[] } {
  const local = (url: string) => {
    if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//') || url.startsWith('data:')) return undefined;
    const path = url
      .split(/[?#]/)[0]!
      .replace(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '')
      .replace(/^\/+/, '');
    const file = join(dir, path);
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!)).filter((f) => f !== undefined);
  const js = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => local(m[1]!)),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!)),
  ].filter((f) => f !== undefined);
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

export function measureSite(dir: string, base = '/'): PageWeight[] {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
  return pages.map((page) => {
    const bytes = readFileSync(join(dir, page));
    const html = bytes.toString('utf8');
    const { css, js } = assetsOf(html, dir, base);
    // Inline scripts and styles are part of the HTML bytes; count inline script as JS too.
    const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
      Buffer.from(m[1]!),
    );
    const cssFiles = css.map((f) => readFileSync(f));
    const jsFiles = [...js.map((f) => readFileSync(f)), ...inlineJs];
    const sum = (list: Buffer[], size: (b: Buffer) => number) => list.reduce((n, b) => n + size(b), 0);
    return {
      page,
      html: bytes.length,
      htmlGzip: gzip(bytes),
      css: sum(cssFiles, (b) => b.length),
      cssGzip: sum(cssFiles, gzip),
      js: sum(jsFiles, (b) => b.length),
      jsGzip: sum(jsFiles, gzip),
    };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function benchReport(weights: PageWeight[]): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  const row = (w: PageWeight) =>
    `${pad(w.page, 66)} ${kb(w.html).padStart(9)} ${kb(w.htmlGzip).padStart(9)} ${kb(w.cssGzip).padStart(9)} ${kb(w.jsGzip).padStart(9)} ${kb(w.htmlGzip + w.cssGzip + w.jsGzip).padStart(9)}`;
  const header = `${pad('page', 66)} ${'html'.padStart(9)} ${'html gz'.padStart(9)} ${'css gz'.padStart(9)} ${'js gz'.padStart(9)} ${'total gz'.padStart(9)}`;
  const withJs = weights.filter((w) => w.js > 0);
  const heaviest = [...weights].sort((a, b) => b.htmlGzip + b.cssGzip + b.jsGzip - (a.htmlGzip + a.cssGzip + a.jsGzip)).slice(0, 10);
  const total = (key: keyof Omit<PageWeight, 'page'>) => weights.reduce((n, w) => n + w[key], 0);
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  lines.push(`${weights.length} HTML pages`);
  lines.push(
    `HTML: ${kb(total('html'))} (${kb(total('htmlGzip'))} gzipped); median page ${kb(median(weights.map((w) => w.htmlGzip)))} gzipped`,
  );
  lines.push('');
  lines.push(`Pages that ship JavaScript: ${withJs.length}`);
  for (const w of withJs) lines.push(`  ${w.page}: ${kb(w.js)} (${kb(w.jsGzip)} gzipped)`);
  lines.push('');
  lines.push('Heaviest pages (what a first visit downloads, gzipped):');
  lines.push(header);
  for (const w of heaviest) lines.push(row(w));
  lines.push('');
  lines.push('Key pages:');
  lines.push(header);
  for (const page of [
    'index.html',
    'en/index.html',
    'kelurahan/index.html',
    'kelurahan/graha-indah/index.html',
    'kemitraan/index.html',
    'linimasa/index.html',
    'peta/index.html',
  ]) {
    const w = weights.find((x) => x.page === page);
    if (w) lines.push(row(w));
  }
  return lines.join('\n');
}
