/**
 * "Perbaiki data ini / Fix this data": every built page links to the exact data file it shows,
 * on the repository and branch from configuration, and every link into the repository (file
 * or line) points at something that exists. A build with another REPO_URL changes them all.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import type { Lang } from '../../src/i18n/lang';
import { buildInto, htmlPages, requireBuild, SITE_DIST } from '../support/site';
import { t } from '../../src/i18n/catalogue';

const ROOT = resolve(import.meta.dirname, '..', '..');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface RepositoryLink {
  page: string;
  text: string;
  title: string | undefined;
  mode: string;
  branch: string;
  path: string;
  line: number | undefined;
}

/** Every link of a built site into `repositoryUrl`, and each page's "fix this data" links. */
function repositoryLinks(dir: string, repositoryUrl: string) {
  const pattern = new RegExp(`^${escapeRegExp(repositoryUrl)}/(blob|edit)/([^/]+)/([^#?]+)(?:#L(\\d+))?$`);
  const pages = htmlPages(dir).map((page) => {
    const file = join(dir, page);
    const root = parse(readFileSync(file, 'utf8'));
    const lang = (root.querySelector('html')?.getAttribute('lang') ?? 'id') as Lang;
    const links: RepositoryLink[] = [];
    const strays: string[] = [];
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      // File links only; the repository's issues or pull requests are other matters.
      if (!/^(blob|edit|tree|raw)\//.test(href.startsWith(`${repositoryUrl}/`) ? href.slice(repositoryUrl.length + 1) : '')) continue;
      const match = pattern.exec(href);
      if (!match) {
        strays.push(href);
        continue;
      }
      links.push({
        page,
        text: a.text.trim(),
        title: a.getAttribute('title'),
        mode: match[1]!,
        branch: match[2]!,
        path: decodeURIComponent(match[3]!),
        line: match[4] ? Number(match[4]) : undefined,
      });
    }
    const fixLinks = links.filter((link) => link.text.startsWith(t(lang).ui.fixThisData));
    return { page, html: root, links, strays, fixLinks };
  });
  return pages;
}

describe('fix-this-data links on the built site', () => {
  it(`every page links to the exact data file it shows on ${site.repositoryUrl}, branch ${site.repositoryBranch}`, () => {
    requireBuild();
    const pages = repositoryLinks(SITE_DIST, site.repositoryUrl);
    expect(pages.length).toBeGreaterThan(0);
    let dataPages = 0;
    for (const { page, fixLinks, strays, html } of pages) {
      expect(strays, `${page}: links to repository files that are not a file on a branch`).toEqual([]);
      expect(fixLinks.length, `${page} has no "fix this data" link (set dataFiles or rows on its BaseLayout)`).toBeGreaterThan(0);
      // A page that is not part of the site's content (the 404 page, marked noindex) shows no data: the data folder will do.
      const showsData = html.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') !== true;
      if (showsData) dataPages++;
      for (const link of fixLinks) {
        expect(link.branch, page).toBe(site.repositoryBranch);
        if (!showsData) {
          expect(link.path, page).toMatch(/^data\//);
          continue;
        }
        expect(link.path, `${page}: "fix this data" must open one data file, not a folder`).toMatch(/^data\/[^/]+\.[a-z]+$/);
        const onDisk = join(ROOT, link.path);
        expect(existsSync(onDisk) && statSync(onDisk).isFile(), `${page}: ${link.path} does not exist`).toBe(true);
        // The link says which file it opens.
        expect(link.text, page).toContain(link.path);
      }
    }
    expect(dataPages).toBeGreaterThan(0);
  });

  it('every link into the repository points at an existing file, and line links at the row they name', () => {
    const lineCache = new Map<string, string[]>();
    const linesOf = (path: string) =>
      lineCache.get(path) ?? lineCache.set(path, readFileSync(join(ROOT, path), 'utf8').split('\n')).get(path)!;
    for (const { links } of repositoryLinks(SITE_DIST, site.repositoryUrl)) {
      for (const link of links) {
        const onDisk = join(ROOT, link.path);
        expect(existsSync(onDisk), `${link.page}: ${link.path}`).toBe(true);
        if (link.line === undefined) continue;
        const lines = linesOf(link.path);
        expect(link.line, `${link.page}: ${link.path}#L${link.line}`).toBeLessThanOrEqual(lines.length);
        // Row links carry the row id as their title; the first cell of a row is its key.
        if (link.title)
          expect(lines[link.line - 1]!.split(',')[0]!.replace(/^"|"$/g, ''), `${link.page}: ${link.path}#L${link.line}`).toBe(link.title);
      }
    }
  });
});

describe('the repository of the links comes from configuration', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const custom = { url: 'https://git.example.org/balikpapan-fork/kkmp-data', branch: 'koreksi-data' };

  it('a build with REPO_URL and REPO_BRANCH set links every page to that repository and branch only', async () => {
    const build = await buildInto({ REPO_URL: custom.url, REPO_BRANCH: custom.branch }, 'kmp-repo-url-');
    made.push(dirname(build.outDir));
    expect(build.code, build.output).toBe(0);
    const pages = repositoryLinks(build.outDir, custom.url);
    expect(pages.length).toBeGreaterThan(0);
    for (const { page, fixLinks, links, html } of pages) {
      expect(fixLinks.length, page).toBeGreaterThan(0);
      for (const link of links) expect(link.branch, page).toBe(custom.branch);
      const elsewhere = html
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith(`${site.repositoryUrl}/`));
      expect(elsewhere, `${page} still links to ${site.repositoryUrl}`).toEqual([]);
    }
  }, 600_000);
});
