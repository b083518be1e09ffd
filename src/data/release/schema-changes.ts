/**
 * Compares two datapackage.json descriptors and classifies every difference with the
 * Frictionless "Data Package Version" recipe (https://specs.frictionlessdata.io/patterns/#data-package-version):
 *   major — a resource or field removed, renamed, added to a table or re-ordered; a type or
 *           format changed; a constraint tightened; keys changed;
 *   minor — a resource added; a constraint loosened;
 *   patch — descriptive metadata changed (titles, descriptions, labels, sources).
 */
import type { Bump } from './manifest';

export interface FieldDescriptor {
  name: string;
  type?: string;
  format?: string;
  constraints?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ResourceDescriptor {
  name: string;
  path?: string;
  format?: string;
  schema?: {
    fields: FieldDescriptor[];
    primaryKey?: string[] | string;
    foreignKeys?: unknown[];
    missingValues?: string[];
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface PackageDescriptor {
  version?: string;
  resources: ResourceDescriptor[];
  [key: string]: unknown;
}

export type SchemaChangeKind =
  | 'resource-removed'
  | 'resource-added'
  | 'resource-format'
  | 'field-removed'
  | 'field-added'
  | 'fields-reordered'
  | 'field-type'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'keys-changed'
  | 'missing-values'
  | 'metadata';

export interface SchemaChange {
  level: Bump;
  kind: SchemaChangeKind;
  resource?: string;
  field?: string;
  /** The property that changed (constraint name, key kind, metadata property). */
  property?: string;
  before?: string;
  after?: string;
}

const show = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Properties that describe rather than define: a change to them is a patch. */
const RELEASE_ONLY = new Set(['hash', 'bytes', 'version']);

function constraintChanges(resource: string, field: string, before: Record<string, unknown>, after: Record<string, unknown>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const at = { resource, field };
  const push = (tightened: boolean, property: string) =>
    changes.push({
      ...at,
      level: tightened ? 'major' : 'minor',
      kind: tightened ? 'constraint-tightened' : 'constraint-loosened',
      property,
      before: show(before[property]),
      after: show(after[property]),
    });
  for (const property of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[property];
    const a = after[property];
    if (same(a, b)) continue;
    switch (property) {
      case 'required':
      case 'unique':
        push(a === true, property);
        break;
      case 'enum': {
        const was = new Set((b as string[] | undefined) ?? []);
        const now = new Set((a as string[] | undefined) ?? []);
        // No enum at all allows anything: adding one, or dropping a value, tightens.
        const tightened = b === undefined || (a !== undefined && [...was].some((v) => !now.has(v)));
        push(tightened, property);
        break;
      }
      case 'minimum':
      case 'minLength':
        push(b === undefined || (a !== undefined && (a as number) > (b as number)), property);
        break;
      case 'maximum':
      case 'maxLength':
        push(b === undefined || (a !== undefined && (a as number) < (b as number)), property);
        break;
      default:
        // A pattern (or any other constraint) that appears or changes cannot be proven looser.
        push(a !== undefined, property);
    }
  }
  return changes;
}

function metadataChanges(resource: string | undefined, field: string | undefined, before: Record<string, unknown>, after: Record<string, unknown>, skip: Set<string>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const property of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (skip.has(property) || RELEASE_ONLY.has(property)) continue;
    if (same(before[property], after[property])) continue;
    changes.push({
      level: 'patch',
      kind: 'metadata',
      property,
      before: show(before[property]),
      after: show(after[property]),
      ...(resource ? { resource } : {}),
      ...(field ? { field } : {}),
    });
  }
  return changes;
}

function fieldChanges(resource: string, before: FieldDescriptor, after: FieldDescriptor): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const property of ['type', 'format', 'trueValues', 'falseValues', 'x-list-separator'] as const) {
    if (!same(before[property], after[property])) {
      changes.push({ level: 'major', kind: 'field-type', resource, field: after.name, property, before: show(before[property]), after: show(after[property]) });
    }
  }
  changes.push(...constraintChanges(resource, after.name, before.constraints ?? {}, after.constraints ?? {}));
  changes.push(...metadataChanges(resource, after.name, before, after, new Set(['name', 'type', 'format', 'trueValues', 'falseValues', 'x-list-separator', 'constraints'])));
  return changes;
}

const keyText = (keys: unknown) => (keys === undefined ? [] : (keys as unknown[]).map((k) => JSON.stringify(k)));

function keyChanges(resource: string, property: string, before: unknown, after: unknown): SchemaChange[] {
  if (same(before, after)) return [];
  if (property === 'primaryKey') return [{ level: 'major', kind: 'keys-changed', resource, property, before: show(before), after: show(after) }];
  const was = keyText(before);
  const now = keyText(after);
  const added = now.filter((k) => !was.includes(k));
  const removed = was.filter((k) => !now.includes(k));
  // A new foreign key refuses rows that were valid before; dropping one only relaxes.
  return [
    ...added.map((k): SchemaChange => ({ level: 'major', kind: 'keys-changed', resource, property, after: k })),
    ...removed.map((k): SchemaChange => ({ level: 'minor', kind: 'keys-changed', resource, property, before: k })),
  ];
}

function resourceChanges(before: ResourceDescriptor, after: ResourceDescriptor): SchemaChange[] {
  const resource = after.name;
  const changes: SchemaChange[] = [];
  for (const property of ['path', 'format', 'mediatype', 'encoding', 'dialect'] as const) {
    if (!same(before[property], after[property])) {
      changes.push({ level: 'major', kind: 'resource-format', resource, property, before: show(before[property]), after: show(after[property]) });
    }
  }
  const b = before.schema;
  const a = after.schema;
  if (b || a) {
    const was = (b?.fields ?? []).map((f) => f.name);
    const now = (a?.fields ?? []).map((f) => f.name);
    for (const name of was.filter((n) => !now.includes(n))) changes.push({ level: 'major', kind: 'field-removed', resource, field: name });
    for (const name of now.filter((n) => !was.includes(n))) changes.push({ level: 'major', kind: 'field-added', resource, field: name });
    const common = now.filter((n) => was.includes(n));
    if (!same(common, was.filter((n) => now.includes(n)))) {
      changes.push({ level: 'major', kind: 'fields-reordered', resource, before: was.join(', '), after: now.join(', ') });
    }
    for (const name of common) {
      changes.push(...fieldChanges(resource, b!.fields.find((f) => f.name === name)!, a!.fields.find((f) => f.name === name)!));
    }
    changes.push(...keyChanges(resource, 'primaryKey', b?.primaryKey, a?.primaryKey));
    changes.push(...keyChanges(resource, 'foreignKeys', b?.foreignKeys, a?.foreignKeys));
    changes.push(...keyChanges(resource, 'x-list-foreign-keys', b?.['x-list-foreign-keys'], a?.['x-list-foreign-keys']));
    if (!same(b?.missingValues, a?.missingValues)) {
      changes.push({ level: 'major', kind: 'missing-values', resource, before: show(b?.missingValues), after: show(a?.missingValues) });
    }
    changes.push(...metadataChanges(resource, undefined, b ?? {}, a ?? {}, new Set(['fields', 'primaryKey', 'foreignKeys', 'x-list-foreign-keys', 'missingValues'])));
  }
  // A resource's profile names the spec it follows; the bytes readers parse do not change with it.
  changes.push(...metadataChanges(resource, undefined, before, after, new Set(['name', 'schema', 'path', 'format', 'mediatype', 'encoding', 'dialect'])));
  return changes;
}

/** Every difference between two descriptors, with the version level each one calls for. */
export function schemaChanges(before: PackageDescriptor, after: PackageDescriptor): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const was = new Map(before.resources.map((r) => [r.name, r]));
  const now = new Map(after.resources.map((r) => [r.name, r]));
  for (const name of was.keys()) if (!now.has(name)) changes.push({ level: 'major', kind: 'resource-removed', resource: name });
  for (const name of now.keys()) if (!was.has(name)) changes.push({ level: 'minor', kind: 'resource-added', resource: name });
  for (const [name, resource] of now) {
    const old = was.get(name);
    if (old) changes.push(...resourceChanges(old, resource));
  }
  changes.push(...metadataChanges(undefined, undefined, before, after, new Set(['resources'])));
  return changes;
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The largest level among the changes; undefined when there are none. */
export function highestLevel(levels: Bump[]): Bump | undefined {
  return levels.reduce<Bump | undefined>((top, level) => (top === undefined || RANK[level] > RANK[top] ? level : top), undefined);
}

export const atLeast = (level: Bump, floor: Bump) => RANK[level] >= RANK[floor];
