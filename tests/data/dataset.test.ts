/**
 * The published dataset: valid and canonical, and true to the rules of the content — one
 * cooperative per kelurahan, every row sourced, disagreements recorded rather than resolved,
 * aggregates kept city-wide, and no personal names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { region } from '../../src/config/region';
import { kelurahanWithOwnFacts } from '../../src/data/views/coverage';
import { BOUNDARIES_FILE, tableNames } from '../../src/data/schema/index';
import { validateDataset, todayIn } from '../../src/data/validation/validate';
import { kelurahanRecords } from '../../src/data/views/kelurahan';

const result = validateDataset({ dataDir: 'data', displayDir: 'data', today: todayIn() });
const data = result.data!;

describe('the dataset in data/', () => {
  it('is valid and canonical (no warnings either)', () => {
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has every official kecamatan and kelurahan, each kelurahan with one cooperative and one boundary', () => {
    expect(data.kecamatan).toHaveLength(region.kecamatanCount);
    expect(data.kelurahan).toHaveLength(region.kelurahanCount);
    const reference = readFileSync('tests/fixtures/reference/kelurahan.csv', 'utf8');
    for (const k of data.kelurahan) expect(reference).toContain(`${k.code},${k.name},${k.kecamatan_code}`);
    expect(new Set(data.cooperatives.map((c) => c.kelurahan_code))).toEqual(new Set(data.kelurahan.map((k) => k.code)));
    const boundaries = JSON.parse(readFileSync(`data/${BOUNDARIES_FILE}`, 'utf8')) as { features: { properties: { code: string } }[] };
    expect(new Set(boundaries.features.map((f) => f.properties.code))).toEqual(new Set(data.kelurahan.map((k) => k.code)));
  });

  it('cites at least one existing source on every row of every table', () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const name of tableNames.filter((n) => n !== 'sources')) {
      for (const row of data[name] as { source_ids: string[] }[]) {
        expect(row.source_ids.length).toBeGreaterThan(0);
        for (const id of row.source_ids) expect(ids).toContain(id);
      }
    }
  });

  it('leaves unverified figures empty: no population, area or coordinates without a source', () => {
    for (const k of data.kelurahan) {
      if (k.population !== undefined) expect(k.population_source_id).toBeDefined();
      if (k.area_km2 !== undefined) expect(k.area_source_id).toBeDefined();
    }
    for (const s of data.sites) if (s.latitude !== undefined) expect(s.coordinates_source_id).toBeDefined();
  });

  it('records the Manggar site both as under construction (Oct 2025) and as planned (Dec 2025), linked as a disagreement', () => {
    const manggar = data.site_status.filter((s) => s.site_id === 'manggar');
    const october = manggar.find((s) => s.status === 'under-construction' && s.date.startsWith('2025-10'));
    const december = manggar.find((s) => s.status === 'planned' && s.date.startsWith('2025-12'));
    expect(october).toBeDefined();
    expect(december).toBeDefined();
    const linked = data.disagreements.find((d) => d.rows.includes(`site_status:${october!.id}`) && d.rows.includes(`site_status:${december!.id}`));
    expect(linked?.status).toBe('open');
  });

  it('names exactly the three September 2025 applicants, with Bulog and Pertamina Patra Niaga', () => {
    const named = data.partnerships.filter((p) => p.scope === 'cooperative' && p.stage === 'applied');
    const kelurahanOf = new Map(data.cooperatives.map((c) => [c.id, c.kelurahan_code]));
    const names = new Set(named.map((p) => data.kelurahan.find((k) => k.code === kelurahanOf.get(p.cooperative_id!))!.name));
    expect(names).toEqual(new Set(['Graha Indah', 'Damai', 'Baru Ulu']));
    expect(new Set(named.map((p) => p.partner_id))).toEqual(new Set(['bulog', 'pertamina-patra-niaga']));
    expect(named.every((p) => p.date.startsWith('2025-09'))).toBe(true);
  });

  it('keeps the "about 20%" partnership share city-wide: no partnership row claims more than the named ones', () => {
    const share = data.indicators.find((i) => i.measure === 'bumn-partnered-share');
    expect(share).toMatchObject({ value: 20, unit: 'percent', approximate: true, date: '2025-10-24' });
    const signedOrActive = data.partnerships.filter((p) => p.stage === 'agreement-signed' || p.stage === 'active');
    expect(signedOrActive).toEqual([]);
  });

  it('records the Graha Indah groundbreaking of 17 October 2025', () => {
    expect(data.site_status).toContainEqual(expect.objectContaining({ site_id: 'graha-indah', status: 'groundbreaking', date: '2025-10-17', date_kind: 'event' }));
  });

  it('makes the gap visible: most kelurahan have no fact of their own, and their records list what is unknown', () => {
    const own = kelurahanWithOwnFacts(data);
    expect(own.size).toBeGreaterThan(0);
    expect(own.size).toBeLessThan(data.kelurahan.length / 2);
    for (const record of kelurahanRecords(data).filter((r) => !own.has(r.kelurahan.code))) {
      expect(record.hasOwnFacts).toBe(false);
      expect(record.unknowns).toEqual(expect.arrayContaining(['member-count', 'partnerships', 'site']));
    }
  });

  it('contains no names of the people the fact sheet mentions', () => {
    const text = tableNames.map((n) => readFileSync(`data/${n}.csv`, 'utf8')).join('\n');
    for (const name of ['Nurul', 'Aris Bambang', 'Heruressandy', 'Bagus Susetyo', "Rahmad Mas'ud", 'Gina Andriyani', 'Arifdah', 'Andi Aziz', 'Muhammad Arif', 'Deny Salurerung', 'Rudi Rahmat', 'Erwin']) {
      expect(text, name).not.toContain(name);
    }
  });
});
