/**
 * A published release never changes: any altered, missing or added file, or an edited older
 * manifest, is found, named, and stops both the validator and the site's release loader.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReleases } from '../../src/data/release/manifest';
import { ReleaseIntegrityError } from '../../src/data/release/integrity';
import { listReleases } from '../../src/data/release/published';
import { messageOf } from '../../src/data/validation/messages';
import { validateDataset } from '../../src/data/validation/validate';
import { TODAY } from '../support/fixture';
import { forgeReleaseFile, project, replaceLine } from './support';

const validate = (p: ReturnType<typeof project>) => validateDataset({ dataDir: p.dataDir, displayDir: 'data', today: TODAY });
const releaseFindings = (p: ReturnType<typeof project>) =>
  validate(p).findings.filter((f) => f.type === 'release-integrity' || f.type === 'version-error');

describe('release integrity', () => {
  it('passes an untouched release', () => {
    const p = project();
    p.record('major');
    expect(checkReleases(p.releasesDir).problems).toEqual([]);
    expect(releaseFindings(p)).toEqual([]);
    expect(validate(p).valid).toBe(true);
  });

  it('names an altered file and says to restore it from git', () => {
    const p = project();
    p.record('major');
    appendFileSync(p.releaseFile('1.0.0', 'kelurahan.csv'), '\n');
    const findings = releaseFindings(p);
    expect(findings.map((f) => [f.key, f.file])).toEqual([['release-file-changed', 'data/releases/v1.0.0/kelurahan.csv']]);
    expect(validate(p).valid).toBe(false);
    expect(messageOf(findings[0]!, 'en')).toContain('git checkout -- data/releases/v1.0.0/kelurahan.csv');
    expect(messageOf(findings[0]!, 'id')).toContain('Rilis yang sudah terbit tidak pernah diubah');
    expect(() => listReleases(p.releasesDir, 'data/releases')).toThrow(ReleaseIntegrityError);
    expect(() => listReleases(p.releasesDir, 'data/releases')).toThrow(
      /The release file data\/releases\/v1\.0\.0\/kelurahan\.csv has changed since it was published/,
    );
  });

  it('names a missing file and a file that was added', () => {
    const p = project();
    p.record('major');
    rmSync(p.releaseFile('1.0.0', 'events.json'));
    writeFileSync(p.releaseFile('1.0.0', 'extra.csv'), 'id\n');
    expect(releaseFindings(p).map((f) => [f.key, f.file])).toEqual([
      ['release-file-missing', 'data/releases/v1.0.0/events.json'],
      ['release-file-added', 'data/releases/v1.0.0/extra.csv'],
    ]);
  });

  it('names a missing or unreadable manifest, in words rather than a message key', () => {
    const p = project();
    p.record('major');
    const manifest = p.releaseFile('1.0.0', 'manifest.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('"version": "1.0.0"', '"version": "9.9.9"'));
    const unreadable = releaseFindings(p);
    expect(unreadable.map((f) => [f.key, f.file])).toEqual([['release-manifest-unreadable', 'data/releases/v1.0.0/manifest.json']]);
    rmSync(manifest);
    const missing = releaseFindings(p);
    expect(missing.map((f) => [f.key, f.file])).toEqual([['release-manifest-missing', 'data/releases/v1.0.0/manifest.json']]);
    for (const finding of [...unreadable, ...missing]) {
      for (const lang of ['id', 'en'] as const) {
        expect(messageOf(finding, lang)).not.toBe(finding.key);
        expect(messageOf(finding, lang)).toContain('data/releases/v1.0.0/manifest.json');
      }
    }
  });

  it('catches an older release whose files and manifest were both edited, through the next manifest', () => {
    const p = project();
    p.record('major');
    replaceLine(p, 'sites.csv', 'manggar,', 'manggar,64.71.01.1001,Jl. Baru,,,,,,example-news-2025-10-21,,');
    p.record('patch');
    forgeReleaseFile(p, '1.0.0', 'sites.csv', p.read('sites.csv'));
    expect(releaseFindings(p).map((f) => [f.key, f.file])).toEqual([['release-chain-broken', 'data/releases/v1.0.0/manifest.json']]);
  });
});

describe('schema changes since the last release (validator)', () => {
  /** The last release as if its schema were older than the code's: a field that the code has is absent. */
  function olderSchema(
    mutate: (descriptor: {
      resources: { name: string; schema?: { fields: { name: string; constraints?: Record<string, unknown>; description?: string }[] } }[];
    }) => void,
  ) {
    const p = project();
    p.record('major');
    const descriptor = JSON.parse(readFileSync(p.releaseFile('1.0.0', 'datapackage.json'), 'utf8'));
    mutate(descriptor);
    forgeReleaseFile(p, '1.0.0', 'datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
    return p;
  }
  const kelurahanFields = (d: Parameters<Parameters<typeof olderSchema>[0]>[0]) =>
    d.resources.find((r) => r.name === 'kelurahan')!.schema!.fields;
  const setVersion = (p: ReturnType<typeof project>, version: string) => {
    const pkg = JSON.parse(p.read('datapackage.json'));
    p.write('datapackage.json', `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  };

  it('requires a major version for a field the last release did not have', () => {
    const p = olderSchema((d) => {
      const fields = kelurahanFields(d);
      fields.splice(
        fields.findIndex((f) => f.name === 'area_source_id'),
        1,
      );
    });
    const findings = releaseFindings(p);
    expect(findings.map((f) => [f.key, f.file, f.params?.required])).toEqual([['schema-version', 'data/datapackage.json', 'major']]);
    expect(messageOf(findings[0]!, 'en')).toContain('npm run release -- major');
    expect(messageOf(findings[0]!, 'en')).toContain('kelurahan.area_source_id: field-added');
    setVersion(p, '1.1.0');
    expect(releaseFindings(p).map((f) => f.key)).toEqual(['schema-version']);
    setVersion(p, '2.0.0');
    expect(releaseFindings(p)).toEqual([]);
  });

  it('requires a minor version for a loosened constraint', () => {
    const p = olderSchema((d) => {
      const name = kelurahanFields(d).find((f) => f.name === 'name')!;
      name.constraints = { ...name.constraints, maxLength: 40 };
    });
    expect(releaseFindings(p).map((f) => f.params?.required)).toEqual(['minor']);
    setVersion(p, '1.1.0');
    expect(releaseFindings(p)).toEqual([]);
  });

  it('lets a changed description wait for the next release', () => {
    const p = olderSchema((d) => {
      kelurahanFields(d).find((f) => f.name === 'name')!.description = 'An older description.';
    });
    expect(releaseFindings(p)).toEqual([]);
  });

  it('refuses a version older than the last release', () => {
    const p = project();
    p.record('major');
    setVersion(p, '0.9.0');
    expect(releaseFindings(p).map((f) => f.key)).toEqual(['version-behind-release']);
  });
});
