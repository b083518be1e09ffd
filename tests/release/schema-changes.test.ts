/**
 * The Frictionless "Data Package Version" recipe on hand-made descriptors: each kind of
 * schema change and the version level it calls for.
 */
import { describe, expect, it } from 'vitest';
import {
  highestLevel,
  schemaChanges,
  type FieldDescriptor,
  type PackageDescriptor,
  type ResourceDescriptor,
} from '../../src/data/release/schema-changes';

function pkg(fields: FieldDescriptor[], extra: Partial<ResourceDescriptor> = {}, more: ResourceDescriptor[] = []): PackageDescriptor {
  return {
    name: 'p',
    resources: [
      {
        name: 'sites',
        path: 'sites.csv',
        format: 'csv',
        schema: { fields, primaryKey: ['id'], foreignKeys: [], missingValues: [''] },
        ...extra,
      },
      ...more,
    ],
  };
}

const ID = { name: 'id', type: 'string', constraints: { required: true, unique: true } };
const ADDRESS = { name: 'address', type: 'string', title: 'Alamat', constraints: { required: false, maxLength: 200 } };
const STATUS = { name: 'status', type: 'string', constraints: { required: true, enum: ['planned', 'built'] } };
const base = pkg([ID, ADDRESS, STATUS]);

const levelOf = (after: PackageDescriptor, before: PackageDescriptor = base) =>
  highestLevel(schemaChanges(before, after).map((c) => c.level));
const kindsOf = (after: PackageDescriptor, before: PackageDescriptor = base) =>
  schemaChanges(before, after).map((c) => `${c.level} ${c.kind}${c.property ? ` ${c.property}` : ''}`);

describe('schema changes between two datapackage descriptors', () => {
  it('finds none between identical descriptors, whatever their hashes and versions', () => {
    expect(schemaChanges(base, { ...structuredClone(base), version: '9.9.9' })).toEqual([]);
    const hashed = structuredClone(base);
    hashed.resources[0]!.hash = 'sha256:00';
    hashed.resources[0]!.bytes = 12;
    expect(schemaChanges(base, hashed)).toEqual([]);
  });

  it('calls a removed field major', () => {
    expect(kindsOf(pkg([ID, STATUS]))).toEqual(['major field-removed']);
  });

  it('calls a renamed field major (one removed, one added)', () => {
    expect(kindsOf(pkg([ID, { ...ADDRESS, name: 'street' }, STATUS]))).toEqual(['major field-removed', 'major field-added']);
  });

  it('calls a retyped field major', () => {
    expect(kindsOf(pkg([ID, ADDRESS, { ...STATUS, type: 'integer' }]))).toEqual(['major field-type type']);
  });

  it('calls a field added to an existing table major, as the recipe does', () => {
    expect(levelOf(pkg([ID, ADDRESS, STATUS, { name: 'note', type: 'string', constraints: { required: false } }]))).toBe('major');
  });

  it('calls re-ordered fields major', () => {
    expect(kindsOf(pkg([ID, STATUS, ADDRESS]))).toEqual(['major fields-reordered']);
  });

  it('calls a tightened constraint major and a loosened one minor', () => {
    expect(kindsOf(pkg([ID, { ...ADDRESS, constraints: { required: true, maxLength: 200 } }, STATUS]))).toEqual([
      'major constraint-tightened required',
    ]);
    expect(kindsOf(pkg([ID, { ...ADDRESS, constraints: { required: false, maxLength: 100 } }, STATUS]))).toEqual([
      'major constraint-tightened maxLength',
    ]);
    expect(kindsOf(pkg([ID, { ...ADDRESS, constraints: { required: false, maxLength: 300 } }, STATUS]))).toEqual([
      'minor constraint-loosened maxLength',
    ]);
    expect(kindsOf(pkg([ID, { ...ADDRESS, constraints: { required: false } }, STATUS]))).toEqual(['minor constraint-loosened maxLength']);
    expect(kindsOf(pkg([ID, { ...ADDRESS, constraints: { required: false, maxLength: 200, pattern: 'Jl\\..*' } }, STATUS]))).toEqual([
      'major constraint-tightened pattern',
    ]);
  });

  it('calls a removed enum value major and an added one minor', () => {
    expect(kindsOf(pkg([ID, ADDRESS, { ...STATUS, constraints: { required: true, enum: ['planned'] } }]))).toEqual([
      'major constraint-tightened enum',
    ]);
    expect(kindsOf(pkg([ID, ADDRESS, { ...STATUS, constraints: { required: true, enum: ['planned', 'built', 'cancelled'] } }]))).toEqual([
      'minor constraint-loosened enum',
    ]);
  });

  it('calls a new foreign key major, a dropped one minor, and a changed primary key major', () => {
    const fk = { fields: ['id'], reference: { resource: 'other', fields: ['id'] } };
    const withKey = pkg([ID, ADDRESS, STATUS]);
    withKey.resources[0]!.schema!.foreignKeys = [fk];
    expect(kindsOf(withKey)).toEqual(['major keys-changed foreignKeys']);
    expect(kindsOf(base, withKey)).toEqual(['minor keys-changed foreignKeys']);
    const otherKey = pkg([ID, ADDRESS, STATUS]);
    otherKey.resources[0]!.schema!.primaryKey = ['address'];
    expect(kindsOf(otherKey)).toEqual(['major keys-changed primaryKey']);
  });

  it('calls a removed table major and an added one minor', () => {
    const two = pkg([ID, ADDRESS, STATUS], {}, [{ name: 'events', path: 'events.csv', schema: { fields: [ID] } }]);
    expect(kindsOf(two)).toEqual(['minor resource-added']);
    expect(kindsOf(base, two)).toEqual(['major resource-removed']);
  });

  it('calls a changed description a patch', () => {
    expect(kindsOf(pkg([ID, { ...ADDRESS, title: 'Alamat lengkap' }, STATUS]))).toEqual(['patch metadata title']);
    expect(kindsOf({ ...structuredClone(base), description: 'new' })).toEqual(['patch metadata description']);
  });

  it('takes the largest level when several changes come together', () => {
    expect(highestLevel([])).toBeUndefined();
    expect(levelOf(pkg([ID, { ...ADDRESS, title: 'x', constraints: { required: false, maxLength: 300 } }, STATUS]))).toBe('minor');
    expect(levelOf(pkg([ID, { ...ADDRESS, title: 'x' }]))).toBe('major');
  });
});
