/**
 * The data pages on the built site: every released file listed with its size and sha256, the
 * field docs covering every column of every CSV, the citation as the release states it, one
 * changelog entry per release whose counts match the CSVs, the feed, and a real browser
 * that loads the pages without leaving 127.0.0.1.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from '../support/browser';
import { builtSite, committedFiles, committedVersions, RELEASES } from './site';
import { t } from '../../src/i18n/catalogue';

const site = builtSite();
const versions = committedVersions();
const newest = versions[0]!;
const releaseDir = (version: string) => join(RELEASES, `v${version}`);
const manifest = (version: string) =>
  JSON.parse(readFileSync(join(releaseDir(version), 'manifest.json'), 'utf8')) as {
    files: { path: string; bytes: number; sha256: string }[];
  };
// <pre> is parsed as elements (node-html-parser keeps it as raw text by default).
const page = async (path: string): Promise<HTMLElement> =>
  parse(await site.text(path), { blockTextElements: { script: true, style: true } });
const csvTables = readdirSync('data').filter((f) => f.endsWith('.csv'));

/** Rows of a CSV keyed by the first column, which is every table's primary key. */
function keyedRows(path: string): Map<string, string> {
  if (!existsSync(path)) return new Map();
  const rows = parseCsv(readFileSync(path), { bom: true }) as string[][];
  return new Map(rows.slice(1).map((cells) => [cells[0]!, JSON.stringify(cells)]));
}

describe.each(['', 'en/'])('the data page %s', (prefix) => {
  let html: HTMLElement;
  beforeAll(async () => {
    html = await page(`${prefix}data/`);
  });

  it('lists every file of the newest release with its size and sha256, linked to its versioned address', async () => {
    const table = html.querySelector('#files table')!;
    for (const file of manifest(newest).files) {
      const row = table.querySelectorAll('tr').find((tr) => tr.querySelector('a code')?.text === file.path);
      expect(row, file.path).toBeDefined();
      expect(row!.querySelector('code.hash')!.text).toBe(file.sha256);
      const link = row!.querySelector('a')!.getAttribute('href')!;
      expect(link.endsWith(`data/v${newest}/${file.path}`)).toBe(true);
      expect((await site.bytes(link)).length).toBe(file.bytes);
    }
  });

  it('documents every column of every CSV in data/', () => {
    for (const file of csvTables) {
      const table = file.replace(/\.csv$/, '');
      const header = (parseCsv(readFileSync(join('data', file)), { bom: true, to_line: 1 }) as string[][])[0]!;
      const section = html.querySelector(`#fields-${table}`);
      expect(section, table).not.toBeNull();
      const documented = section!.querySelectorAll('tbody th code').map((c) => c.text);
      expect(documented, table).toEqual(header);
    }
  });

  it('gives the BibTeX citation exactly as the newest release and the root CITATION.cff state it', () => {
    const bibtex = readFileSync(join(releaseDir(newest), 'CITATION.bib'), 'utf8');
    expect(html.querySelectorAll('#cite pre code').map((c) => c.text)).toContain(bibtex);
    expect(html.querySelector('#cite blockquote')!.text).toContain(newest);
    expect(readFileSync('CITATION.cff', 'utf8')).toBe(readFileSync(join(releaseDir(newest), 'CITATION.cff'), 'utf8'));
  });

  it('shows API examples in curl, pandas, R and a spreadsheet, and links the OpenAPI description', async () => {
    const code = html
      .querySelectorAll('#api pre code')
      .map((c) => c.text)
      .join('\n');
    expect(code).toMatch(/^curl /m);
    expect(code).toContain('import pandas as pd');
    expect(code).toContain('library(jsonlite)');
    expect(code).toMatch(/^=IMPORTDATA\("http/m);
    const openapi = html.querySelectorAll('#api a').find((a) => a.getAttribute('href')!.endsWith('api/v1/openapi.json'));
    expect(openapi).toBeDefined();
    await site.get(openapi!.getAttribute('href')!);
  });

  it('says whether the data has changed since the newest release', () => {
    const same = readdirSync(releaseDir(newest))
      .filter((f) => f.endsWith('.csv') || f.endsWith('.geojson'))
      .every((f) => existsSync(join('data', f)) && readFileSync(join('data', f)).equals(readFileSync(join(releaseDir(newest), f))));
    const status = html.querySelector('.release-status')!;
    expect(status.classList.contains(same ? 'release-status-same' : 'release-status-changed')).toBe(true);
    expect(status.text).toContain(`v${newest}`);
  });
});

describe('the changelog', () => {
  it.each(versions)('has an entry for v%s whose counts match the CSVs of the release and the one before', async (version) => {
    const html = await page('data/perubahan/');
    const entry = html.querySelectorAll('section.release-entry').find((s) => s.id === `v${version}`)!;
    expect(entry, version).toBeDefined();
    const previous = versions[versions.indexOf(version) + 1];
    for (const file of committedFiles(version).filter((f) => f.endsWith('.csv'))) {
      const before = previous ? keyedRows(join(releaseDir(previous), file)) : new Map<string, string>();
      const after = keyedRows(join(releaseDir(version), file));
      const added = [...after.keys()].filter((k) => !before.has(k)).length;
      const removed = [...before.keys()].filter((k) => !after.has(k)).length;
      const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).length;
      const row = entry
        .querySelectorAll('table.change-counts tbody tr')
        .find((tr) => tr.querySelector('th code')?.text === file.replace(/\.csv$/, ''));
      // A table new in this release is listed even when empty; otherwise only tables with changed rows.
      const isNew = !previous || !existsSync(join(releaseDir(previous), file));
      expect(
        row?.querySelectorAll('td').map((td) => Number(td.text)),
        file,
      ).toEqual(isNew || added + removed + changed > 0 ? [added, changed, removed] : undefined);
    }
  });

  it.each(['id', 'en'] as const)(
    'calls the first release the first release (%s), not a major one that removed or retyped columns',
    async (lang) => {
      const words = t(lang).data.release;
      const first = versions.at(-1)!;
      const prefix = lang === 'en' ? 'en/' : '';
      const entry = (await page(`${prefix}data/perubahan/`)).querySelectorAll('section.release-entry').find((s) => s.id === `v${first}`)!;
      const facts = (await page(`${prefix}data/v${first}/`)).querySelector('.release-facts')!;
      const listed = (await page(`${prefix}data/`))
        .querySelectorAll('#releases tbody tr')
        .find((tr) => tr.querySelector('th')!.text.trim() === `v${first}`)!;
      for (const [where, text] of [
        ['changelog', entry.text],
        ['release page', facts.text],
        ['release list', listed.text],
      ] as const) {
        expect(text, where).toContain(words.first);
        for (const help of Object.values(words.bumpHelp)) expect(text, where).not.toContain(help);
        for (const bump of Object.values(words.bump)) expect(text, where).not.toContain(bump);
      }
    },
  );

  it('announces every release in the RSS feed', async () => {
    const feed = await site.text('data/rilis.xml');
    expect(feed.match(/<item>/g)?.length).toBe(versions.length);
    for (const version of versions) expect(feed).toContain(`/data/v${version}/</link>`);
  });
});

describe('the data pages in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['data/', 'en/data/', 'data/perubahan/', `en/data/v${newest}/`, 'data/latest/'])(
    'loads %s with no request off 127.0.0.1, no console error and no axe violation',
    async (path) => {
      const { page: tab, offsite, consoleErrors } = await openPage(browser);
      const response = await tab.goto(site.url(path));
      expect(response?.status()).toBe(200);
      await tab.waitForLoadState('load');
      expect(offsite).toEqual([]);
      expect(consoleErrors).toEqual([]);
      // No script is needed: the pages work as plain HTML.
      expect(await tab.locator('script[src]').count()).toBe(0);
      const violations = await axeViolations(tab);
      expect(violations).toEqual([]);
      await tab.context().close();
    },
  );
});
