/**
 * The real build, in a temporary copy of the project: it fails, naming the file, when a past
 * release was altered; and with a non-root BASE_PATH every data link and API URL carries it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/cli/static-server';
import { validateDataset } from '../../src/data/validation/validate';
import { committedVersions } from './site';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results', 'coverage', 'dist']);
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'kmp-build-'));
  cpSync(ROOT, copy, { recursive: true, filter: (source) => !SKIP.has(basename(source)) && !/^dist-/.test(basename(source)) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function astroBuild(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(copy, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: copy,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', SITE_URL: 'http://127.0.0.1:4321', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a past release altered in a copy of the project', () => {
  it('fails the validator and the build, naming the file and how to restore it', () => {
    const version = committedVersions()[0]!;
    const file = `data/releases/v${version}/kelurahan.csv`;
    const original = readFileSync(join(copy, file));
    appendFileSync(join(copy, file), '64.71.99.9999,Contoh,contoh,64.71.99,6471999999,,,,,,wilayah-codes\n');
    try {
      const validation = validateDataset({ dataDir: join(copy, 'data'), displayDir: 'data' });
      expect(validation.findings.filter((f) => f.key === 'release-file-changed').map((f) => f.file)).toEqual([file]);

      const { status, output } = astroBuild({ OUT_DIR: join(copy, 'out-altered') });
      expect(status).not.toBe(0);
      expect(output).toContain(`The release file ${file} has changed since it was published`);
      expect(output).toContain(`git checkout -- ${file}`);
    } finally {
      writeFileSync(join(copy, file), original);
    }
  }, 300_000);
});

describe('a build under a base path', () => {
  const base = '/kmp-balikpapan/';
  const origin = 'https://data.example.org';
  let out: string;

  let edited: { id: string; before: string; after: string; dateEnd: string };

  beforeAll(() => {
    // An unreleased edit, so the pages have something to report since the release.
    const path = join(copy, 'data', 'events.csv');
    const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
    // date_end goes from empty (unknown) to a day after the event's date.
    expect(rows[0]!.date_end).toBe('');
    const next = new Date(`${rows[0]!.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    edited = {
      id: rows[0]!.id!,
      before: rows[0]!.title_eng!,
      after: `${rows[0]!.title_eng} (edited)`,
      dateEnd: next.toISOString().slice(0, 10),
    };
    rows[0]!.title_eng = edited.after;
    rows[0]!.date_end = edited.dateEnd;
    writeFileSync(path, stringify(rows, { header: true, columns: Object.keys(rows[0]!), record_delimiter: '\n' }));
    out = join(copy, 'out-base');
    const { status, output } = astroBuild({ OUT_DIR: out, BASE_PATH: base, SITE_URL: origin });
    if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  }, 300_000);

  it('links every data page address under the base path, and every such link resolves', async () => {
    const server = await serveStatic(out, base);
    try {
      for (const page of ['data/', 'en/data/', 'data/perubahan/', `data/v${committedVersions()[0]}/`, 'data/latest/']) {
        const html = readFileSync(join(out, page, 'index.html'), 'utf8');
        const links = [...html.matchAll(/(?:href|src)="([^"#]+)"/g)].map((m) => m[1]!).filter((l) => !/^(https?:|mailto:)/.test(l));
        expect(links.length, page).toBeGreaterThan(5);
        for (const link of new Set(links)) {
          expect(link.startsWith(base), `${page}: ${link}`).toBe(true);
          const response = await fetch(`${server.url}${link.slice(base.length)}`);
          expect(response.status, `${page}: ${link}`).toBe(200);
        }
      }
    } finally {
      await server.close();
    }
  });

  it('shows that the data changed since the release, down to the edited field', () => {
    const data = readFileSync(join(out, 'data', 'index.html'), 'utf8');
    expect(data).toContain('release-status-changed');
    const changelog = readFileSync(join(out, 'en', 'data', 'perubahan', 'index.html'), 'utf8');
    const unreleased = changelog.slice(changelog.indexOf('id="unreleased"'), changelog.indexOf('class="release-entry"'));
    expect(unreleased).toContain(`<code>${edited.id}</code>`);
    expect(unreleased).toContain('<code>title_eng</code>');
    expect(unreleased).toContain(edited.after);
    // The empty cell it had before is written as unknown, as everywhere on the site.
    expect(unreleased).toMatch(
      new RegExp(`<td><code>date_end</code></td>\\s*<td><span class="unknown">unknown</span></td>\\s*<td>${edited.dateEnd}</td>`),
    );
    const list = JSON.parse(readFileSync(join(out, 'api', 'v1', 'kelurahan.json'), 'utf8')) as { meta: { changed_since_release: boolean } };
    expect(list.meta.changed_since_release).toBe(true);
  });

  it('writes absolute API and release URLs with the origin and base path', () => {
    const list = JSON.parse(readFileSync(join(out, 'api', 'v1', 'kelurahan.json'), 'utf8')) as {
      meta: { openapi: string };
      data: { api_url: string; page_url: string }[];
    };
    expect(list.meta.openapi).toBe(`${origin}${base}api/v1/openapi.json`);
    for (const row of list.data) {
      expect(row.api_url.startsWith(`${origin}${base}api/v1/kelurahan/`)).toBe(true);
      expect(row.page_url.startsWith(`${origin}${base}kelurahan/`)).toBe(true);
    }
    const releases = JSON.parse(readFileSync(join(out, 'api', 'v1', 'releases.json'), 'utf8')) as {
      releases: { files: { url: string; path: string }[] }[];
    };
    for (const file of releases.releases[0]!.files) {
      expect(file.url.startsWith(`${origin}${base}data/v`)).toBe(true);
      expect(existsSync(join(out, file.url.slice(`${origin}${base}`.length)))).toBe(true);
    }
    const feed = readFileSync(join(out, 'data', 'rilis.xml'), 'utf8');
    expect(feed).toContain(`<link>${origin}${base}data/v${committedVersions()[0]}/</link>`);
  });
});
