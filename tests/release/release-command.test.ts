/**
 * npm run release: the bump must be exactly what the changes since the last release call for;
 * a release is written once, deterministically, with every file it promises.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runRelease } from '../../src/cli/release-command';
import { sha256, type Manifest } from '../../src/data/release/manifest';
import { tableNames } from '../../src/data/schema/index';
import { TODAY } from '../support/fixture';
import { project, replaceLine, SUMMARY } from './support';

const args = (bump: string, ...extra: string[]) => [
  bump,
  '--summary',
  SUMMARY.id,
  '--summary-en',
  SUMMARY.en,
  '--date',
  TODAY,
  '--lang',
  'en',
  ...extra,
];
const manifestOf = (p: ReturnType<typeof project>, version: string) =>
  JSON.parse(readFileSync(p.releaseFile(version, 'manifest.json'), 'utf8')) as Manifest;

describe('recording the first release', () => {
  it('writes every table as CSV and JSON, the boundaries, datapackage, citation, changelog, checksums, zip and manifest', () => {
    const p = project();
    const result = runRelease(args('major'), p.root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('v1.0.0');
    const files = readdirSync(join(p.releasesDir, 'v1.0.0')).sort();
    for (const name of tableNames) expect(files).toEqual(expect.arrayContaining([`${name}.csv`, `${name}.json`]));
    expect(files).toEqual(
      expect.arrayContaining([
        'kelurahan-boundaries.geojson',
        'datapackage.json',
        'README.md',
        'CITATION.cff',
        'CITATION.bib',
        'CITATION-APA.txt',
        'CHANGES.md',
        'changes.json',
        'ATTRIBUTION.md',
        'SHA256SUMS',
        'kmp-balikpapan.zip',
        'manifest.json',
      ]),
    );
    // The CSVs are the committed bytes; the JSON has one object per CSV row.
    for (const name of tableNames) {
      expect(readFileSync(p.releaseFile('1.0.0', `${name}.csv`)).equals(readFileSync(p.data(`${name}.csv`))), name).toBe(true);
      const rows = JSON.parse(readFileSync(p.releaseFile('1.0.0', `${name}.json`), 'utf8')) as unknown[];
      expect(rows.length, name).toBe(p.read(`${name}.csv`).trim().split('\n').length - 1);
    }
  });

  it('sets data/datapackage.json to the new version and copies the citation to the root CITATION.cff', () => {
    const p = project();
    p.record('major');
    expect(JSON.parse(p.read('datapackage.json')).version).toBe('1.0.0');
    expect(readFileSync(join(p.root, 'CITATION.cff'), 'utf8')).toBe(readFileSync(p.releaseFile('1.0.0', 'CITATION.cff'), 'utf8'));
    expect(readFileSync(join(p.root, 'CITATION.cff'), 'utf8')).toMatch(/^version: "1\.0\.0"$/m);
    expect(readFileSync(join(p.root, 'CITATION.cff'), 'utf8')).toMatch(new RegExp(`^date-released: "${TODAY}"$`, 'm'));
  });

  it('puts a README in the zip that covers the data, licence, citation and caveats', () => {
    const p = project();
    p.record('major');
    const zip = unzipSync(readFileSync(p.releaseFile('1.0.0', 'kmp-balikpapan.zip')));
    const readme = new TextDecoder().decode(zip['kmp-balikpapan-v1.0.0/README.md']);
    for (const heading of [
      '### Isi data',
      '### Lisensi',
      '### Cara mengutip',
      '### Catatan dan keterbatasan',
      '### What the data is',
      '### Licence',
      '### How to cite',
      '### Caveats',
    ]) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('MIT');
    expect(readme).toContain('(Version 1.0.0) [Data set]');
  });

  it('zips every file of the folder but the zip, with its own SHA256SUMS', () => {
    const p = project();
    p.record('major');
    const zip = unzipSync(readFileSync(p.releaseFile('1.0.0', 'kmp-balikpapan.zip')));
    const manifest = manifestOf(p, '1.0.0');
    const inside = Object.keys(zip).map((name) => name.replace(/^kmp-balikpapan-v1\.0\.0\//, ''));
    expect(inside.sort()).toEqual(
      manifest.files
        .map((f) => f.path)
        .filter((f) => f !== 'kmp-balikpapan.zip')
        .sort(),
    );
    for (const f of manifest.files.filter((f) => f.path !== 'kmp-balikpapan.zip' && f.path !== 'SHA256SUMS')) {
      expect(sha256(zip[`kmp-balikpapan-v1.0.0/${f.path}`]!), f.path).toBe(f.sha256);
    }
    const sums = new TextDecoder().decode(zip['kmp-balikpapan-v1.0.0/SHA256SUMS']);
    for (const line of sums.trim().split('\n')) {
      const [hash, name] = line.split('  ');
      expect(sha256(zip[`kmp-balikpapan-v1.0.0/${name}`]!), name).toBe(hash);
    }
  });

  it('produces the same bytes for the same data, in any time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const a = project();
      a.record('major');
      process.env.TZ = 'Asia/Tokyo';
      const b = project();
      b.record('major');
      expect(manifestOf(a, '1.0.0')).toEqual(manifestOf(b, '1.0.0'));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('the version bump', () => {
  it('refuses to release when nothing changed', () => {
    const p = project();
    p.record('major');
    const result = runRelease(args('patch'), p.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing in data/ has changed since v1.0.0');
  });

  it('asks for a patch when values were fixed, and refuses minor and major', () => {
    const p = project();
    p.record('major');
    replaceLine(p, 'sites.csv', 'manggar,', 'manggar,64.71.01.1001,Jl. Baru,,,,,,example-news-2025-10-21,,');
    for (const wrong of ['minor', 'major']) {
      const result = runRelease(args(wrong), p.root);
      expect(result.code, wrong).toBe(1);
      expect(result.stderr).toContain(`You asked for a ${wrong} release, but the changes since v1.0.0 call for a patch release`);
      expect(result.stderr).toContain('sites: 1 row(s) changed (manggar: address)');
      expect(result.stderr).toContain('npm run release -- patch');
    }
    expect(runRelease(args('patch'), p.root).code).toBe(0);
    expect(manifestOf(p, '1.0.1').previous).toEqual({
      version: '1.0.0',
      manifestSha256: sha256(readFileSync(p.releaseFile('1.0.0', 'manifest.json'))),
    });
  });

  it('asks for a minor release when rows were added', () => {
    const p = project();
    p.record('major');
    p.write('partners.csv', `${p.read('partners.csv')}telkom,PT Telkom Indonesia,Telkom,bumn,logistics,example-news-2025-10-21\n`);
    const refused = runRelease(args('patch'), p.root);
    expect(refused.stderr).toContain('call for a minor release');
    expect(refused.stderr).toContain('partners: 1 row(s) added (telkom)');
    expect(runRelease(args('minor'), p.root).code).toBe(0);
    expect(manifestOf(p, '1.1.0').version).toBe('1.1.0');
  });

  it('asks for a patch when rows were removed: a removal is a correction, not a schema change', () => {
    const p = project();
    p.record('major');
    replaceLine(p, 'partners.csv', 'pertamina-patra-niaga,', null);
    const partnerships = p.read('partnerships.csv').split('\n');
    const kept = partnerships.slice(1).filter((l) => l && !l.includes('pertamina-patra-niaga'));
    expect(kept.length).toBeLessThan(partnerships.filter(Boolean).length - 1);
    p.write('partnerships.csv', [partnerships[0], ...kept].join('\n') + '\n');
    for (const wrong of ['minor', 'major']) {
      const refused = runRelease(args(wrong), p.root);
      expect(refused.code, wrong).toBe(1);
      expect(refused.stderr).toContain(`You asked for a ${wrong} release, but the changes since v1.0.0 call for a patch release`);
      expect(refused.stderr).toContain('  - patch: partners: 1 row(s) removed (pertamina-patra-niaga)');
      expect(refused.stderr).toMatch(/ {2}- patch: partnerships: \d+ row\(s\) removed/);
    }
    expect(runRelease(args('patch'), p.root).code).toBe(0);
    expect(manifestOf(p, '1.0.1').bump).toBe('patch');
  });

  it('refuses invalid data rather than release it', () => {
    const p = project();
    p.record('major');
    replaceLine(p, 'sites.csv', 'manggar,', 'manggar,64.71.01.1001,,,,,,,no-such-source,,');
    const result = runRelease(args('patch'), p.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('invalid');
  });

  it('needs a one-line summary in both languages and a known bump', () => {
    const p = project();
    const noSummary = runRelease(['major', '--summary-en', 'x', '--lang', 'en'], p.root);
    expect(noSummary.code).toBe(1);
    expect(noSummary.stderr).toContain('--summary "…" (Indonesian) and --summary-en "…" (English)');
    const badBump = runRelease(args('huge'), p.root);
    expect(badBump.code).toBe(2);
    expect(badBump.stderr).toContain('«huge» is not a release type');
    expect(runRelease(['major', '--summary', 'a\nb', '--summary-en', 'x', '--lang', 'en'], p.root).stderr).toContain(
      'one line of plain text',
    );
  });
});
