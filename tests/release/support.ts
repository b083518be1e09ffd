/** Temporary projects (a data/ folder from the fixture dataset) to record releases in and then break. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { manifestText, sha256, type Manifest } from '../../src/data/release/manifest';
import { recordRelease, type RecordedRelease } from '../../src/data/release/record';
import { FIXTURE_DIR, TODAY } from '../support/fixture';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export const SUMMARY = { id: 'Ringkasan uji', en: 'Test summary' };

export interface Project {
  root: string;
  dataDir: string;
  releasesDir: string;
  data: (file: string) => string;
  read: (file: string) => string;
  write: (file: string, content: string | Uint8Array) => void;
  record: (bump: string, date?: string) => RecordedRelease;
  releaseFile: (version: string, file: string) => string;
}

export function project(): Project {
  const root = mkdtempSync(join(tmpdir(), 'kmp-release-'));
  made.push(root);
  const dataDir = join(root, 'data');
  cpSync(FIXTURE_DIR, dataDir, { recursive: true });
  rmSync(join(dataDir, 'README.md'), { force: true });
  // Releases carry the attribution the MIT licence of the codes asks for; the fixture borrows the real one.
  cpSync(join(import.meta.dirname, '..', '..', 'data', 'ATTRIBUTION.md'), join(dataDir, 'ATTRIBUTION.md'));
  const data = (file: string) => join(dataDir, file);
  return {
    root,
    dataDir,
    releasesDir: join(dataDir, 'releases'),
    data,
    read: (file) => readFileSync(data(file), 'utf8'),
    write: (file, content) => writeFileSync(data(file), content),
    record: (bump, date = TODAY) => recordRelease({ bump, summary: SUMMARY, root, date }),
    releaseFile: (version, file) => join(dataDir, 'releases', `v${version}`, file),
  };
}

/**
 * Rewrites a release file and its manifest entry, as someone forging a release would; used to
 * give a release an older schema than the code's, which no honest command can produce.
 */
export function forgeReleaseFile(p: Project, version: string, file: string, content: string): void {
  writeFileSync(p.releaseFile(version, file), content);
  const manifestPath = p.releaseFile(version, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = manifest.files.find((f) => f.path === file)!;
  entry.bytes = Buffer.byteLength(content);
  entry.sha256 = sha256(content);
  writeFileSync(manifestPath, manifestText(manifest));
}

/** Replaces the first line of a CSV that starts with `prefix`. */
export function replaceLine(p: Project, file: string, prefix: string, line: string | null): void {
  const lines = p.read(file).split('\n');
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`${file} has no line starting with ${prefix}`);
  if (line === null) lines.splice(i, 1);
  else lines[i] = line;
  p.write(file, lines.join('\n'));
}
