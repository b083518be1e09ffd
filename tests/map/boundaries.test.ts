/**
 * The boundary pipeline: display polygons keep every kelurahan and its code, stay close to
 * the source, keep shared borders shared, are written at 5 decimals within the gzip budget,
 * and kecamatan are dissolved from them.
 */
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import {
  buildDisplayBoundaries,
  checkDisplayBoundaries,
  DISPLAY_GZIP_BUDGET,
  DISPLAY_OPTIONS,
  displayGeoJson,
  readBoundaryFile,
} from '../../src/map/boundaries';
import {
  containsPoint,
  geometryAreaKm2,
  polygonsOf,
  rewind,
  signedRingArea,
  type AreaGeometry,
  type Position,
} from '../../src/map/geometry';
import { fixture } from '../support/fixture';

const data = loadDataset();
const source = readBoundaryFile();
const display = buildDisplayBoundaries(source, data);

const positionsOf = (geometry: AreaGeometry): Position[] => polygonsOf(geometry).flat(2) as unknown as Position[];
const key = ([x, y]: Position) => `${x},${y}`;

describe('display boundaries of data/', () => {
  it('keep one polygon per kelurahan, with its code, name and kecamatan, and lose none', () => {
    expect(display.kelurahan.map((f) => f.properties.code).sort()).toEqual(data.kelurahan.map((k) => k.code).sort());
    for (const f of display.kelurahan) {
      const row = data.kelurahan.find((k) => k.code === f.properties.code)!;
      expect(f.properties).toMatchObject({ kind: 'kelurahan', name: row.name, kecamatan_code: row.kecamatan_code });
      expect(geometryAreaKm2(f.geometry)).toBeGreaterThan(0);
    }
    expect(checkDisplayBoundaries(source, display)).toEqual([]);
  });

  it('stay within 5% of each source polygon’s area', () => {
    expect(checkDisplayBoundaries(source, display, 0.05)).toEqual([]);
  });

  it('are simplified: fewer vertices than the source', () => {
    const count = (fs: { geometry: AreaGeometry }[]) => fs.reduce((n, f) => n + positionsOf(f.geometry).length, 0);
    expect(count(display.kelurahan)).toBeLessThan(count(source.features) * 0.8);
  });

  it('keep shared borders shared (topology preserved): neighbours in the source still share vertices', () => {
    const vertexSets = (features: { properties: { code: string }; geometry: AreaGeometry }[]) =>
      new Map(features.map((f) => [f.properties.code, new Set(positionsOf(f.geometry).map(key))]));
    const neighbours = (sets: Map<string, Set<string>>) => {
      const pairs = new Set<string>();
      const codes = [...sets.keys()].sort();
      for (const a of codes)
        for (const b of codes) if (a < b && [...sets.get(a)!].filter((v) => sets.get(b)!.has(v)).length >= 2) pairs.add(`${a}|${b}`);
      return pairs;
    };
    const before = neighbours(vertexSets(source.features));
    const after = neighbours(vertexSets(display.kelurahan));
    expect(before.size).toBeGreaterThan(40);
    expect([...before].filter((pair) => !after.has(pair))).toEqual([]);
  });

  it('are written with at most 5 decimals, exterior rings counter-clockwise (RFC 7946)', () => {
    expect(DISPLAY_OPTIONS.decimals).toBe(5);
    for (const f of [...display.kelurahan, ...display.kecamatan]) {
      for (const [x, y] of positionsOf(f.geometry)) {
        expect(Math.round(x * 1e5) / 1e5).toBe(x);
        expect(Math.round(y * 1e5) / 1e5).toBe(y);
      }
      for (const polygon of polygonsOf(f.geometry)) expect(signedRingArea(polygon[0]!)).toBeGreaterThan(0);
    }
  });

  it(`fit the budget of ${DISPLAY_GZIP_BUDGET} bytes gzip`, () => {
    const bytes = gzipSync(displayGeoJson(display)).length;
    expect(bytes).toBeLessThanOrEqual(DISPLAY_GZIP_BUDGET);
  });

  it('place each label point inside its kelurahan', () => {
    for (const f of display.kelurahan) expect(containsPoint(f.geometry, f.properties.label), f.properties.code).toBe(true);
  });

  it('dissolve each kecamatan from its own kelurahan: every member’s label point lies inside it, and areas add up', () => {
    expect(display.kecamatan.map((k) => k.properties.code)).toEqual(data.kecamatan.map((k) => k.code).sort());
    for (const kec of display.kecamatan) {
      const members = display.kelurahan.filter((f) => f.properties.kecamatan_code === kec.properties.code);
      expect(members.length).toBeGreaterThan(0);
      for (const m of members) expect(containsPoint(kec.geometry, m.properties.label), m.properties.code).toBe(true);
      const others = display.kelurahan.filter((f) => f.properties.kecamatan_code !== kec.properties.code);
      for (const o of others) expect(containsPoint(kec.geometry, o.properties.label), o.properties.code).toBe(false);
      const sum = members.reduce((s, m) => s + geometryAreaKm2(m.geometry), 0);
      expect(Math.abs(geometryAreaKm2(kec.geometry) - sum) / sum).toBeLessThan(0.01);
    }
  });
});

describe('rewind', () => {
  it('gives d3-geo rings it reads as the small polygon, not the rest of the globe', () => {
    for (const f of display.kelurahan) {
      const asD3 = rewind(f.geometry, 'd3');
      expect(geoArea(asD3 as never)).toBeLessThan(0.001);
      expect(geoArea(f.geometry as never)).toBeGreaterThan(4 * Math.PI - 0.001);
    }
  });
});

describe('the pipeline on the fixture dataset', () => {
  it('builds and passes its check there too', () => {
    const f = fixture();
    const names = f.validate().data!;
    const fixtureSource = readBoundaryFile(f.path('kelurahan-boundaries.geojson'));
    const built = buildDisplayBoundaries(fixtureSource, names);
    expect(built.kelurahan).toHaveLength(names.kelurahan.length);
    expect(checkDisplayBoundaries(fixtureSource, built)).toEqual([]);
  });

  it('refuses a boundary polygon whose code has no kelurahan row, naming the code', () => {
    const bad = structuredClone(source);
    bad.features[0]!.properties.code = '64.71.09.9999';
    expect(() => buildDisplayBoundaries(bad, data)).toThrow(/64\.71\.09\.9999.*kelurahan\.csv/);
  });

  it('check reports a vanished or shrunken kelurahan by code', () => {
    const [first, second, ...rest] = display.kelurahan;
    const shrunk = {
      ...second!,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          polygonsOf(second!.geometry)[0]![0]!
            .slice(0, 4)
            .concat([polygonsOf(second!.geometry)[0]![0]![0]!]),
        ],
      },
    };
    const problems = checkDisplayBoundaries(source, { kelurahan: [shrunk, ...rest], kecamatan: display.kecamatan });
    expect(problems).toContain(`kelurahan ${first!.properties.code} has no display polygon`);
    expect(problems.some((p) => p.startsWith(`kelurahan ${second!.properties.code} `))).toBe(true);
  });
});
