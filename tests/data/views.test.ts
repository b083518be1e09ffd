/** Derived views on the fixture dataset, whose answers are known by construction. */
import { describe, expect, it } from 'vitest';
import { kelurahanRecord, progressOf } from '../../src/data/views/kelurahan';
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
