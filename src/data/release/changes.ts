/**
 * Everything that changed between a recorded release and a data folder: rows per table
 * (src/data/files/diff.ts), the boundary features, and the schema (datapackage descriptors), each
 * with the version level it calls for. The release command and the site both read this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatapackage } from '../package/datapackage';
import { diffBoundaryFeatures, diffDatasets, isEmptyDiff, type TableDiff } from '../files/diff';
import { BOUNDARIES_FILE } from '../schema/index';
import type { Bump } from './manifest';
import { highestLevel, schemaChanges, type PackageDescriptor, type SchemaChange } from './schema-changes';

export interface BoundaryChanges {
  changed: boolean;
  added: string[];
  removed: string[];
}

export interface ReleaseChanges {
  /** True when any row, boundary or schema property differs. */
  changed: boolean;
  tables: TableDiff[];
  boundaries: BoundaryChanges;
  schema: SchemaChange[];
  /** The smallest version bump that covers every change; undefined when nothing changed. */
  level: Bump | undefined;
}

const readIn = (dir: string | undefined) => (file: string) => {
  if (!dir) return undefined;
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path) : undefined;
};

/** The boundary changes a changelog records: the file changed, and the feature codes added and removed (src/data/files/diff.ts). */
export function boundaryChanges(before: Uint8Array | undefined, after: Uint8Array | undefined): BoundaryChanges {
  const diff = diffBoundaryFeatures(before, after);
  return { changed: diff !== undefined, added: diff?.added ?? [], removed: diff?.removed ?? [] };
}

/**
 * The version level a table's row changes call for: rows added are minor; rows changed or
 * removed are corrections, a patch. Only the schema (fields, types, constraints) can call
 * for a major release: code written against the tables keeps working when a row goes.
 */
export function rowLevels(diff: TableDiff): Bump[] {
  const levels: Bump[] = [];
  if (diff.added.length) levels.push('minor');
  if (diff.changed.length || diff.removed.length) levels.push('patch');
  return levels;
}

/** The same rule for the boundary features: added is minor, removed or redrawn is a patch. */
export function boundaryLevels(b: BoundaryChanges): Bump[] {
  if (!b.changed) return [];
  return b.added.length ? ['minor'] : ['patch'];
}

/**
 * Changes from the release in `releaseDir` (undefined: no release yet, so everything is new)
 * to the data in `dataDir`, whose schema is the one in src/data/schema today.
 */
export function changesBetween(releaseDir: string | undefined, dataDir: string, current: PackageDescriptor = buildDatapackage('0.0.0') as unknown as PackageDescriptor): ReleaseChanges {
  const before = readIn(releaseDir);
  const after = readIn(dataDir);
  const tables = diffDatasets(before, after);
  const boundaries = boundaryChanges(before(BOUNDARIES_FILE), after(BOUNDARIES_FILE));
  const packageBytes = before('datapackage.json');
  const schema = releaseDir && packageBytes ? schemaChanges(JSON.parse(new TextDecoder().decode(packageBytes)) as PackageDescriptor, current) : [];
  const level = highestLevel([...tables.flatMap(rowLevels), ...boundaryLevels(boundaries), ...schema.map((c) => c.level)]);
  const changed = tables.some((d) => !isEmptyDiff(d)) || boundaries.changed || schema.length > 0;
  return { changed, tables, boundaries, schema, level };
}
