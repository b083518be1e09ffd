/**
 * The files of one release, built in memory from a data folder: every table as CSV (the
 * committed bytes) and JSON, the boundaries, a datapackage.json with bytes and sha256 for
 * every resource, the README, the citation in three forms, the changelog, SHA256SUMS, one
 * zip of everything and the manifest. Same inputs, same bytes: the zip has fixed
 * timestamps and a fixed order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { buildDatapackage } from '../package/datapackage';
import { loadDataset } from '../load';
import { tableJson } from '../package/row-json';
import { BOUNDARIES_FILE, tableNames } from '../schema/index';
import type { Bilingual } from '../schema/fields';
import { changelogJson, changelogMarkdown, changelogOf, CHANGES_JSON, CHANGES_MD } from './changelog';
import type { ReleaseChanges } from './changes';
import { apaFile, bibtex, citationCff, citationRecord } from './citation';
import { CHECKSUMS_FILE, MANIFEST_FILE, manifestText, sha256, type Bump, type Manifest } from './manifest';
import { releaseReadme } from './readme';

export const PACKAGE_NAME = 'kmp-balikpapan';
export const ZIP_FILE = `${PACKAGE_NAME}.zip`;
export const CITATION_FILES = { cff: 'CITATION.cff', bibtex: 'CITATION.bib', apa: 'CITATION-APA.txt' } as const;
export const ATTRIBUTION_FILE = 'ATTRIBUTION.md';

export interface ReleaseInput {
  dataDir: string;
  version: string;
  date: string;
  bump: Bump;
  summary: Bilingual;
  previous: { version: string; manifestSha256: string } | null;
  changes: ReleaseChanges;
}

const encoder = new TextEncoder();
const text = (s: string) => encoder.encode(s);

/** sha256sum's format: hash, two spaces, name; sorted by name. */
export function checksums(files: Map<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
    .join('');
}

/** A zip whose bytes depend only on its contents and the release date. */
export function deterministicZip(folder: string, files: Map<string, Uint8Array>, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // fflate writes DOS times from the local-time getters, so a local date gives the same fields in every time zone.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) entries[`${folder}/${name}`] = [files.get(name)!, { level: 9, mtime }];
  return zipSync(entries, { level: 9, mtime });
}

export function buildRelease(input: ReleaseInput): { files: Map<string, Uint8Array>; manifest: Manifest } {
  const data = loadDataset({ dataDir: input.dataDir, displayDir: 'data', today: input.date });
  const files = new Map<string, Uint8Array>();
  const read = (name: string) => {
    const path = join(input.dataDir, name);
    if (!existsSync(path)) throw new Error(`${path} is missing, so no release was recorded. Every release carries it; restore it from git.`);
    return new Uint8Array(readFileSync(path));
  };

  const descriptor = buildDatapackage(input.version);
  for (const name of tableNames) {
    files.set(`${name}.csv`, read(`${name}.csv`));
    files.set(`${name}.json`, text(`${JSON.stringify(tableJson(name, data[name]), null, 2)}\n`));
  }
  files.set(BOUNDARIES_FILE, read(BOUNDARIES_FILE));
  files.set(ATTRIBUTION_FILE, read(ATTRIBUTION_FILE));

  const resources = descriptor.resources.map((resource) => {
    const bytes = files.get(resource.path);
    if (!bytes) throw new Error(`datapackage.json lists ${resource.path}, which the release does not contain.`);
    return { ...resource, bytes: bytes.length, hash: `sha256:${sha256(bytes)}` };
  });
  files.set('datapackage.json', text(`${JSON.stringify({ ...descriptor, resources }, null, 2)}\n`));

  const citation = citationRecord(input.version, input.date, descriptor['x-description-en'] as string);
  files.set(CITATION_FILES.cff, text(citationCff(citation)));
  files.set(CITATION_FILES.bibtex, text(bibtex(citation)));
  files.set(CITATION_FILES.apa, text(apaFile(citation)));

  const changelog = changelogOf({ version: input.version, date: input.date, previous: input.previous?.version, bump: input.bump, summary: input.summary, changes: input.changes });
  files.set(CHANGES_JSON, text(changelogJson(changelog)));
  files.set(CHANGES_MD, text(changelogMarkdown(changelog)));

  files.set(
    'README.md',
    text(
      releaseReadme({
        version: input.version,
        date: input.date,
        summary: input.summary,
        previous: input.previous?.version,
        title: { id: descriptor.title, en: descriptor['x-title-en'] as string },
        description: { id: descriptor.description, en: descriptor['x-description-en'] as string },
        rowCounts: Object.fromEntries(tableNames.map((name) => [name, data[name].length])),
        citation,
      }),
    ),
  );

  // Inside the zip, SHA256SUMS covers the zip's own files; beside it, it also covers the zip.
  const contents = new Map(files);
  contents.set(CHECKSUMS_FILE, text(checksums(files)));
  files.set(ZIP_FILE, deterministicZip(`${PACKAGE_NAME}-v${input.version}`, contents, input.date));
  files.set(CHECKSUMS_FILE, text(checksums(files)));

  const manifest: Manifest = {
    name: PACKAGE_NAME,
    version: input.version,
    date: input.date,
    summary: input.summary,
    bump: input.bump,
    previous: input.previous,
    files: [...files.keys()].sort().map((path) => ({ path, bytes: files.get(path)!.length, sha256: sha256(files.get(path)!) })),
  };
  files.set(MANIFEST_FILE, text(manifestText(manifest)));
  return { files, manifest };
}
