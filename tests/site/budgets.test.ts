/**
 * Byte budgets of the built site: no page ships JavaScript except the interactive map, and
 * pages stay light enough for a phone on a slow connection. `npm run bench` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, requireBuild, SITE_DIST } from '../support/site';

/** Only the map page may run a script (issue: "no page ships client JavaScript except the map page"). */
const MAY_SHIP_JS = (page: string) => /^(en\/)?peta\//.test(page);
const KB = 1024;
const HOME_HTML_GZIP = 30 * KB;
const PAGE_HTML_GZIP = 50 * KB;
const PAGE_CSS_GZIP = 25 * KB;

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

beforeAll(() => requireBuild());

describe('byte budgets', () => {
  it('ships no JavaScript on any page but the map', () => {
    const offenders: string[] = [];
    for (const page of htmlPages()) {
      if (MAY_SHIP_JS(page)) continue;
      const root = readPage(page);
      const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const preloads = root.querySelectorAll('link[rel="modulepreload"], link[href$=".js"], link[href$=".mjs"]');
      const handlers = /\son(click|load|error|submit|change|input)=/i.test(root.toString());
      if (scripts.length || preloads.length || handlers) offenders.push(page);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the map page the only one with a script, and it has one', () => {
    const map = readPage('peta/index.html');
    expect(map.querySelectorAll('script').length).toBeGreaterThan(0);
  });

  it(`keeps the home page under ${HOME_HTML_GZIP / KB} KB of gzipped HTML and every page under ${PAGE_HTML_GZIP / KB} KB`, () => {
    expect(gzipSize(readFileSync(join(SITE_DIST, 'index.html')))).toBeLessThan(HOME_HTML_GZIP);
    expect(gzipSize(readFileSync(join(SITE_DIST, 'en', 'index.html')))).toBeLessThan(HOME_HTML_GZIP);
    const heavy = htmlPages()
      .map((page) => ({ page, size: gzipSize(readFileSync(join(SITE_DIST, page))) }))
      .filter((p) => p.size > PAGE_HTML_GZIP);
    expect(heavy).toEqual([]);
  });

  it(`keeps the stylesheets of every page under ${PAGE_CSS_GZIP / KB} KB gzipped`, () => {
    const heavy: string[] = [];
    for (const page of htmlPages()) {
      const root = readPage(page);
      const css = root
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) =>
          readFileSync(
            join(
              SITE_DIST,
              l
                .getAttribute('href')!
                .replace(/^\/+/, '')
                .replace(/^[^_]*(?=_astro\/)/, ''),
            ),
          ),
        )
        .reduce((n, bytes) => n + gzipSize(bytes), 0);
      const inline = root.querySelectorAll('style').reduce((n, s) => n + gzipSize(s.textContent), 0);
      if (css + inline > PAGE_CSS_GZIP) heavy.push(`${page}: ${css + inline} bytes`);
    }
    expect(heavy).toEqual([]);
  });
});
