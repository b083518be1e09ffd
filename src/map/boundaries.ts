/**
 * The boundary pipeline: from the full-precision data/kelurahan-boundaries.geojson to the
 * display boundaries the maps draw. Simplification runs on a topology (topojson-server +
 * topojson-simplify), so neighbouring kelurahan keep one shared border and no slivers or
 * overlaps open between them; kecamatan are dissolved from the same simplified kelurahan
 * (topojson-client merge), so their outlines lie exactly on kelurahan borders.
 *
 * Runs at build time only (Node). The browser gets the result from /geo/kelurahan-display.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { getDataset } from '../data/load';
import { BOUNDARIES_FILE, type Kecamatan, type Kelurahan } from '../data/schema/index';
import {
  geometryAreaKm2,
  geometryOf,
  isSolidRing,
  labelPoint,
  polygonsOf,
  rewind,
  ringAreaKm2,
  roundRing,
  squareMetresToDegrees2,
  type AreaGeometry,
  type PolygonCoordinates,
  type Position,
} from './geometry';

export interface DisplayOptions {
  /**
   * Visvalingam tolerance: a vertex goes when the triangle it makes with its neighbours is
   * smaller than this many m². 5,000 m² (say 250 m × 40 m) is under a pixel at the city
   * overview and keeps every bend a reader would recognise.
   */
  minTriangleM2: number;
  /** Decimal places of the output: 5 is about 1.1 m on the ground. */
  decimals: number;
  /**
   * Holes smaller than this (km²) are dropped from dissolved kecamatan. The source polygons
   * have no holes, so holes in a dissolved kecamatan are the small gaps between neighbouring
   * kelurahan (the largest is 0.0025 km², see data/ATTRIBUTION.md), not places.
   */
  maxGapKm2: number;
}

export const DISPLAY_OPTIONS: DisplayOptions = { minTriangleM2: 5_000, decimals: 5, maxGapKm2: 0.05 };

/** The budget for /geo/kelurahan-display.json, gzip-compressed (issue 4). */
export const DISPLAY_GZIP_BUDGET = 25 * 1024;

export interface DisplayKelurahanProperties {
  kind: 'kelurahan';
  code: string;
  name: string;
  kecamatan_code: string;
  /** [lon, lat] inside the kelurahan, where map symbols for it are placed. */
  label: Position;
}

export interface DisplayKecamatanProperties {
  kind: 'kecamatan';
  code: string;
  name: string;
}

export interface DisplayFeature<P> {
  type: 'Feature';
  properties: P;
  geometry: AreaGeometry;
}

export interface DisplayBoundaries {
  kelurahan: DisplayFeature<DisplayKelurahanProperties>[];
  kecamatan: DisplayFeature<DisplayKecamatanProperties>[];
}

interface SourceCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name?: string }; geometry: AreaGeometry }[];
}

export function readBoundaryFile(path = resolve('data', BOUNDARIES_FILE)): SourceCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as SourceCollection;
}

type Names = { kelurahan: Pick<Kelurahan, 'code' | 'name' | 'kecamatan_code'>[]; kecamatan: Pick<Kecamatan, 'code' | 'name'>[] };

/**
 * Builds the display boundaries. Throws, naming the kelurahan, when simplification would
 * lose a kelurahan or when the boundary file and kelurahan.csv do not match (the validator
 * reports that earlier, with fixes, so this is a second line of defence).
 */
export function buildDisplayBoundaries(
  source: SourceCollection,
  names: Names,
  options: DisplayOptions = DISPLAY_OPTIONS,
): DisplayBoundaries {
  const kelurahanByCode = new Map(names.kelurahan.map((k) => [k.code, k]));
  for (const f of source.features) {
    if (!kelurahanByCode.has(f.properties.code)) {
      throw new Error(
        `${BOUNDARIES_FILE}: the polygon with code "${f.properties.code}" has no row in kelurahan.csv. Fix the code in the boundary file or add the kelurahan.`,
      );
    }
  }
  const input = {
    type: 'FeatureCollection' as const,
    features: source.features.map((f) => ({ ...f, properties: { code: f.properties.code } })),
  };
  const topo = topology({ kelurahan: input }) as unknown as Topology<{ kelurahan: GeometryCollection<{ code: string }> }>;
  const simplified = simplify(presimplify(topo), squareMetresToDegrees2(options.minTriangleM2)) as typeof topo;

  const clean = (geometry: AreaGeometry | null, minHoleKm2: number): AreaGeometry | undefined => {
    if (!geometry) return undefined;
    const polygons = polygonsOf(geometry)
      .map((polygon) =>
        polygon
          .map((ring) => roundRing(ring, options.decimals))
          .filter((ring, i) => isSolidRing(ring) && (i === 0 || ringAreaKm2(ring) >= minHoleKm2)),
      )
      .filter((polygon): polygon is PolygonCoordinates => polygon.length > 0 && isSolidRing(polygon[0]!));
    return polygons.length > 0 ? rewind(geometryOf(polygons), 'rfc7946') : undefined;
  };

  const collection = feature(simplified, simplified.objects.kelurahan);
  const kelurahan = collection.features.map((f) => {
    const code = (f.properties as { code: string }).code;
    const row = kelurahanByCode.get(code)!;
    const geometry = clean(f.geometry as AreaGeometry | null, 0);
    if (!geometry) {
      throw new Error(
        `Simplifying the boundaries made kelurahan ${code} (${row.name}) vanish. Lower DISPLAY_OPTIONS.minTriangleM2 in src/map/boundaries.ts.`,
      );
    }
    const properties: DisplayKelurahanProperties = {
      kind: 'kelurahan',
      code,
      name: row.name,
      kecamatan_code: row.kecamatan_code,
      label: labelPoint(geometry, options.decimals),
    };
    return { type: 'Feature' as const, properties, geometry };
  });
  kelurahan.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  const kecamatan = [...names.kecamatan]
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((k) => {
      const members = simplified.objects.kelurahan.geometries.filter(
        (g) => kelurahanByCode.get((g.properties as { code: string }).code)?.kecamatan_code === k.code,
      ) as unknown as Extract<Parameters<typeof merge>[1], unknown[]>;
      if (members.length === 0) return [];
      const geometry = clean(merge(simplified, members) as AreaGeometry, options.maxGapKm2);
      if (!geometry) return [];
      const properties: DisplayKecamatanProperties = { kind: 'kecamatan', code: k.code, name: k.name };
      return [{ type: 'Feature' as const, properties, geometry }];
    });
  return { kelurahan, kecamatan };
}

/** What a check found wrong with display boundaries, compared with their source; empty when all is well. */
export function checkDisplayBoundaries(source: SourceCollection, display: DisplayBoundaries, maxAreaChange = 0.1): string[] {
  const problems: string[] = [];
  const shown = new Map(display.kelurahan.map((f) => [f.properties.code, f]));
  if (shown.size !== display.kelurahan.length) problems.push('a kelurahan code appears more than once in the display boundaries');
  for (const f of source.features) {
    const code = f.properties.code;
    const out = shown.get(code);
    if (!out) {
      problems.push(`kelurahan ${code} has no display polygon`);
      continue;
    }
    const before = geometryAreaKm2(f.geometry);
    const after = geometryAreaKm2(out.geometry);
    if (!(after > 0)) problems.push(`kelurahan ${code} has an empty display polygon`);
    else if (Math.abs(after - before) / before > maxAreaChange) {
      problems.push(
        `kelurahan ${code} changed area by ${Math.round(((after - before) / before) * 100)}% in simplification (${before.toFixed(3)} → ${after.toFixed(3)} km²)`,
      );
    }
  }
  for (const code of shown.keys())
    if (!source.features.some((f) => f.properties.code === code)) problems.push(`display polygon ${code} is not in the source`);
  return problems;
}

/** The display file: one GeoJSON FeatureCollection, kelurahan first, then kecamatan; `kind` tells them apart. */
export function displayGeoJson(display: DisplayBoundaries): string {
  return JSON.stringify({ type: 'FeatureCollection', features: [...display.kelurahan, ...display.kecamatan] });
}

let cached: DisplayBoundaries | undefined;

/** The display boundaries of data/, built once per build; the build fails if a check fails. */
export function getDisplayBoundaries(): DisplayBoundaries {
  if (cached) return cached;
  const source = readBoundaryFile();
  const display = buildDisplayBoundaries(source, getDataset());
  const problems = checkDisplayBoundaries(source, display);
  if (problems.length > 0)
    throw new Error(
      `The display boundaries failed their check:\n- ${problems.join('\n- ')}\nSee DISPLAY_OPTIONS in src/map/boundaries.ts.`,
    );
  cached = display;
  return cached;
}
