/** Derived views on the fixture dataset, whose answers are known by construction. */
import { describe, expect, it } from 'vitest';
import { parseRowRef, rowRefs } from '../../src/data/row-refs';
import { tables } from '../../src/data/schema/index';
import { kelurahanRecord, pageRows, progressOf, summaryRows } from '../../src/data/views/kelurahan';
import { fixture } from '../support/fixture';

const data = fixture().validate().data!;

describe('kelurahanRecord', () => {
  it('cites the sources of every figure it shows, including population, area and coordinates', () => {
    const record = kelurahanRecord(data, '64.71.03.1006')!;
    const ids = record.sources.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of [record.kelurahan.population_source_id, record.kelurahan.area_source_id, record.sites[0]!.coordinates_source_id]) {
      expect(id).toBeDefined();
      expect(ids).toContain(id);
    }
  });

  it('applies a city-wide statement to every cooperative, marked as city-wide, and a named one only to its own', () => {
    const manggar = kelurahanRecord(data, '64.71.01.1001')!;
    const graha = kelurahanRecord(data, '64.71.03.1006')!;
    expect(manggar.progress).toMatchObject({ level: 'legal-entity', basis: 'city-wide' });
    expect(graha.progress).toMatchObject({ level: 'operating', basis: 'named' });
    expect(manggar.hasOwnFacts).toBe(true); // its build site names it
    expect(kelurahanRecord(data, '64.71.02.1001')!.hasOwnFacts).toBe(false);
  });

  it('lists what is unknown instead of filling it', () => {
    const plain = kelurahanRecord(data, '64.71.02.1001')!;
    expect(plain.unknowns).toEqual(expect.arrayContaining(['member-count', 'partnerships', 'site', 'population', 'area']));
    expect(kelurahanRecord(data, '64.71.03.1006')!.unknowns).not.toContain('member-count');
  });

  it('gives a kelurahan without any stage the level "unknown"', () => {
    const noClaims = { ...data, cooperative_stages: [], partnerships: [] };
    expect(progressOf(noClaims, data.cooperatives[0]!)).toMatchObject({ level: 'unknown', basis: undefined, date: undefined });
  });
});

describe('row references', () => {
  const graha = kelurahanRecord(data, '64.71.03.1006')!;

  it('name rows by table and primary key, and refuse a table that does not exist', () => {
    expect(rowRefs('kelurahan', data.kelurahan.slice(0, 2))).toEqual(data.kelurahan.slice(0, 2).map((k) => `kelurahan:${k.code}`));
    expect(parseRowRef('site_status:st-1')).toEqual({ table: 'site_status', id: 'st-1' });
    expect(() => parseRowRef('no_such_table:1')).toThrow(/not a row reference/);
    expect(() => parseRowRef(':1')).toThrow(/not a row reference/);
  });

  it('are given by the views for every part of a kelurahan record, each naming a row that exists', () => {
    const exists = (ref: string) => {
      const { table, id } = parseRowRef(ref);
      const key = tables[table].primaryKey;
      return (data[table] as unknown as Record<string, unknown>[]).some((row) => row[key] === id);
    };
    const rows = Object.values(graha.rows).flat();
    expect(rows.filter((ref) => !exists(ref))).toEqual([]);
    expect(graha.rows.area).toEqual([`kelurahan:${graha.kelurahan.code}`, `kecamatan:${graha.kecamatan.code}`]);
    expect(graha.rows.sites).toEqual(graha.sites.flatMap((s) => [`sites:${s.id}`, ...s.statuses.map((st) => `site_status:${st.id}`)]));
    expect(graha.rows.progress.length).toBeGreaterThan(0);
  });

  it('make the kelurahan page link every row it shows, and a one-line summary what the summary shows', () => {
    const page = new Set(pageRows(graha));
    // The rows behind the furthest stage are among the stage and partnership rows the page lists.
    expect(graha.rows.progress.filter((ref) => !page.has(ref))).toEqual([]);
    expect(new Set(summaryRows(graha))).toEqual(
      new Set([
        ...graha.rows.area,
        ...graha.rows.cooperative,
        ...graha.rows.progress,
        ...graha.rows.namedPartnerships,
        ...graha.rows.sites,
      ]),
    );
    expect(
      graha.rows.namedPartnerships.every((ref) => graha.partnerships.find((p) => `partnerships:${p.id}` === ref)?.basis === 'named'),
    ).toBe(true);
  });
});
