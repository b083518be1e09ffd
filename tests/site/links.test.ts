/**
 * Every internal link, asset and anchor of the built site resolves: in the build under test
 * (served at /), and in a build made here for https://example.org/kmp-balikpapan/, where
 * every link, feed entry and sitemap entry must also stay under the base path.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildInto,
  fileForPath,
  htmlPages,
  pageUrlPath,
  readPage,
  requireBuild,
  SITE_DIST,
  SITE_ROOT,
  type BuildResult,
} from '../support/site';

interface Target {
  from: string;
  url: string;
}

/** Where a page's links, assets and anchors point, resolved against the page's own URL. */
function targetsOf(dir: string, root: string): Target[] {
  const targets: Target[] = [];
  for (const file of htmlPages(dir)) {
    const page = readPage(file, dir);
    const pageUrl = new URL(pageUrlPath(file), root);
    const attributes: [string, string][] = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['img[src]', 'src'],
      ['script[src]', 'src'],
      ['source[src]', 'src'],
      ['meta[property="og:image"]', 'content'],
      ['meta[property="og:url"]', 'content'],
    ];
    for (const [selector, attribute] of attributes) {
      for (const el of page.querySelectorAll(selector)) {
        const value = el.getAttribute(attribute);
        if (!value || /^(mailto|tel|data|javascript):/.test(value)) continue;
        targets.push({ from: file, url: new URL(value, pageUrl).href });
      }
    }
  }
  return targets;
}

/** Problems with the internal targets: outside the base path, missing files, missing anchors. */
function brokenTargets(dir: string, root: string): string[] {
  const base = new URL(root);
  const broken: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const page = readPage(file, dir);
      ids = new Set([
        ...page.querySelectorAll('[id]').map((el) => el.getAttribute('id')!),
        ...page.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!),
        // The interactive map selects a kelurahan from the fragment (/peta/#64.71.03.1006); its
        // static fallback carries each code as data-code, so a code it shows is a valid target.
        ...page.querySelectorAll('[data-code]').map((el) => el.getAttribute('data-code')!),
      ]);
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const { from, url } of targetsOf(dir, root)) {
    const target = new URL(url);
    if (target.origin !== base.origin) continue;
    if (!target.pathname.startsWith(base.pathname)) {
      broken.push(`${from}: ${url} is outside the base path ${base.pathname}`);
      continue;
    }
    const file = fileForPath(target.pathname.slice(base.pathname.length), dir);
    if (!file) {
      broken.push(`${from}: ${url} does not exist`);
      continue;
    }
    if (target.hash && file.endsWith('.html')) {
      const id = decodeURIComponent(target.hash.slice(1));
      const relativeFile = file
        .slice(dir.length + 1)
        .split('\\')
        .join('/');
      if (!idsOf(relativeFile).has(id)) broken.push(`${from}: ${url} — no element with id "${id}" on that page`);
    }
  }
  return [...new Set(broken)];
}

describe('internal links in the site under test', () => {
  beforeAll(() => requireBuild());

  it('finds links to check', () => {
    const internal = targetsOf(SITE_DIST, SITE_ROOT).filter((t) => t.url.startsWith(SITE_ROOT));
    expect(internal.length).toBeGreaterThan(1000);
    expect(internal.some((t) => t.url.includes('#'))).toBe(true);
  });

  it('resolves every internal link, asset and anchor', () => {
    expect(brokenTargets(SITE_DIST, SITE_ROOT)).toEqual([]);
  });
});

describe('a build under a base path', () => {
  const ROOT_URL = 'https://example.org/kmp-balikpapan/';
  let build: BuildResult;

  beforeAll(async () => {
    build = await buildInto({ SITE_URL: 'https://example.org', BASE_PATH: '/kmp-balikpapan/' }, 'kmp-base-build-');
    if (build.code !== 0) throw new Error(`The build with BASE_PATH=/kmp-balikpapan/ failed:\n${build.output.slice(-4000)}`);
  }, 300_000);

  afterAll(() => {
    if (build) rmSync(dirname(build.outDir), { recursive: true, force: true });
  });

  it('resolves every internal link, asset and anchor, all under /kmp-balikpapan/', () => {
    expect(htmlPages(build.outDir).length).toBeGreaterThan(100);
    expect(brokenTargets(build.outDir, ROOT_URL)).toEqual([]);
  });

  it('has no root-relative link that skips the base path', () => {
    const strays: string[] = [];
    for (const file of htmlPages(build.outDir)) {
      const html = readFileSync(join(build.outDir, file), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!match[1]!.startsWith('/kmp-balikpapan/')) strays.push(`${file}: ${match[1]}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('lists only pages under the base path in the sitemap, and each exists', () => {
    const index = readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(ROOT_URL), sitemap).toBe(true);
      const xml = readFileSync(join(build.outDir, sitemap.slice(ROOT_URL.length)), 'utf8');
      locs.push(
        ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
        ...[...xml.matchAll(/<xhtml:link [^>]*href="([^"]+)"/g)].map((m) => m[1]!),
      );
    }
    expect(locs.length).toBeGreaterThan(100);
    const bad = locs.filter((loc) => !loc.startsWith(ROOT_URL) || !fileForPath(loc.slice(ROOT_URL.length), build.outDir));
    expect(bad).toEqual([]);
  });

  it('links every feed item and robots.txt sitemap under the base path', () => {
    for (const feed of ['berita/rss.xml', 'en/berita/rss.xml']) {
      const xml = readFileSync(join(build.outDir, feed), 'utf8');
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links.length, feed).toBeGreaterThan(1);
      const bad = links.filter((link) => !link.startsWith(ROOT_URL) || !fileForPath(link.slice(ROOT_URL.length), build.outDir));
      expect(bad, feed).toEqual([]);
    }
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ROOT_URL}sitemap-index.xml`);
  });
});
