/**
 * What the built site serves under /data/ is byte for byte what was released, and every
 * checksum a researcher can check (SHA256SUMS, datapackage.json hash and bytes, the manifest)
 * matches the served bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, committedFiles, committedVersions, RELEASES } from './site';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const site = builtSite();
const versions = committedVersions();

describe('released files on the built site', () => {
  it('has at least one release', () => {
    expect(versions.length).toBeGreaterThan(0);
  });

  it.each(versions)('serves every file of v%s byte for byte as committed', async (version) => {
    for (const file of committedFiles(version)) {
      const served = await site.bytes(`data/v${version}/${file}`);
      expect(served.equals(readFileSync(join(RELEASES, `v${version}`, file))), file).toBe(true);
    }
  });

  it('serves the newest release again under /data/latest/', async () => {
    const newest = versions[0]!;
    for (const file of committedFiles(newest)) {
      expect((await site.bytes(`data/latest/${file}`)).equals(await site.bytes(`data/v${newest}/${file}`)), file).toBe(true);
    }
  });

  it.each(versions)('v%s: SHA256SUMS lists every file but itself and the manifest, with the served bytes’ sha256', async (version) => {
    const sums = await site.text(`data/v${version}/SHA256SUMS`);
    const lines = sums.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}\S+$/);
    const listed = lines.map((line) => line.slice(66));
    expect(listed.sort()).toEqual(committedFiles(version).filter((f) => f !== 'SHA256SUMS' && f !== 'manifest.json'));
    for (const line of lines) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      expect(sha256(await site.bytes(`data/v${version}/${file}`)), file).toBe(hash);
    }
  });

  it.each(versions)('v%s: datapackage.json gives each resource its served size and sha256', async (version) => {
    const pkg = await site.json<{ version: string; resources: { path: string; bytes: number; hash: string }[] }>(
      `data/v${version}/datapackage.json`,
    );
    expect(pkg.version).toBe(version);
    for (const resource of pkg.resources) {
      const served = await site.bytes(`data/v${version}/${resource.path}`);
      expect(resource.bytes, resource.path).toBe(served.length);
      expect(resource.hash, resource.path).toBe(`sha256:${sha256(served)}`);
    }
  });

  it.each(versions)('v%s: the manifest records every served file', async (version) => {
    const manifest = await site.json<{ version: string; files: { path: string; bytes: number; sha256: string }[] }>(
      `data/v${version}/manifest.json`,
    );
    expect(manifest.version).toBe(version);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(committedFiles(version).filter((f) => f !== 'manifest.json'));
    for (const file of manifest.files) {
      const served = await site.bytes(`data/v${version}/${file.path}`);
      expect([served.length, sha256(served)], file.path).toEqual([file.bytes, file.sha256]);
    }
  });

  it('/api/v1/releases.json lists every release, newest first, each file with the served bytes’ size and sha256', async () => {
    const doc = await site.json<{
      meta: { latest: string | null };
      releases: { version: string; files: { path: string; bytes: number; sha256: string; url: string }[] }[];
    }>('api/v1/releases.json');
    expect(doc.meta.latest).toBe(versions[0]);
    expect(doc.releases.map((r) => r.version)).toEqual(versions);
    for (const release of doc.releases) {
      expect(release.files.map((f) => f.path).sort(), release.version).toEqual(
        committedFiles(release.version).filter((f) => f !== 'manifest.json'),
      );
      for (const file of release.files) {
        const served = await site.bytes(file.url);
        expect([served.length, sha256(served)], `${release.version}/${file.path}`).toEqual([file.bytes, file.sha256]);
        expect(served.equals(readFileSync(join(RELEASES, `v${release.version}`, file.path))), file.path).toBe(true);
      }
    }
  });
});
