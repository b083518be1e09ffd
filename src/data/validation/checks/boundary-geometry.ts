/**
 * Checks the kelurahan boundary file: valid GeoJSON (RFC 7946), positions in lon/lat order
 * inside the region, and exactly one feature per kelurahan code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import { region } from '../../../config/region';
import type { Problem } from '../problems';

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function* positions(coordinates: unknown): Generator<[number, number]> {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    yield [Number(coordinates[0]), Number(coordinates[1])];
  } else if (Array.isArray(coordinates)) {
    for (const inner of coordinates) yield* positions(inner);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown) => typeof v === 'number';
const validBbox = (o: Record<string, unknown>) => !('bbox' in o) || (Array.isArray(o.bbox) && (o.bbox.length === 4 || o.bbox.length === 6) && o.bbox.every(isNumber));

function validRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4) return false;
  for (const position of ring) if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every(isNumber)) return false;
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  return first.length === last.length && first.every((v, i) => v === last[i]);
}
const validPolygon = (rings: unknown) => Array.isArray(rings) && rings.every(validRing);

function validGeometry(geometry: unknown): boolean {
  if (geometry === null) return true;
  if (!isObject(geometry) || 'properties' in geometry || 'geometry' in geometry || 'features' in geometry || !validBbox(geometry)) return false;
  if (geometry.type === 'Polygon') return validPolygon(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return Array.isArray(geometry.coordinates) && geometry.coordinates.every(validPolygon);
  return false; // other geometry types: leave them to the full check
}

/**
 * True only when check-geojson would find no error, decided without it: check-geojson builds
 * a syntax tree with positions for every number and takes seconds on a large file. The text
 * must be exactly what JSON.stringify writes for it (so no member is repeated and every number
 * is written as JavaScript writes it, which is all JSON.parse hides), and the structure must
 * pass the rules check-geojson applies to a FeatureCollection of (Multi)Polygons. Anything
 * else is left to check-geojson, which then locates the problem.
 */
export function surelyValidGeojson(text: string, parsed: unknown): boolean {
  if (JSON.stringify(parsed) !== text.replace(/\n$/, '')) return false;
  if (!isObject(parsed) || parsed.type !== 'FeatureCollection' || 'properties' in parsed || 'coordinates' in parsed || !validBbox(parsed)) return false;
  if (!Array.isArray(parsed.features)) return false;
  for (const feature of parsed.features) {
    if (!isObject(feature) || feature.type !== 'Feature' || 'features' in feature || !('geometry' in feature) || !validBbox(feature)) return false;
    if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number') return false;
    if (!('properties' in feature) || (feature.properties !== null && !isObject(feature.properties))) return false;
    if (!validGeometry(feature.geometry)) return false;
  }
  return true;
}

/** @param kelurahanCodes the codes of kelurahan.csv, or undefined when that file could not be read. */
export function checkBoundaries(path: string, kelurahanCodes: string[] | undefined): Problem[] {
  if (!existsSync(path)) return [{ type: 'scheme-error', key: 'boundary-missing' }];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return [{ type: 'encoding-error', key: 'boundary-invalid', params: { reason: 'not UTF-8' } }];
  }
  if (text.trim() === '') return [{ type: 'source-error', key: 'file-empty' }];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return [{ type: 'geojson-error', key: 'boundary-invalid', params: { reason: `not JSON (${(err as Error).message})` } }];
  }
  let issues: ReturnType<typeof getIssues> = [];
  if (!surelyValidGeojson(text, parsed)) {
    try {
      issues = getIssues(text);
    } catch (err) {
      return [{ type: 'geojson-error', key: 'boundary-invalid', params: { reason: (err as Error).message } }];
    }
  }
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    return errors.slice(0, 20).map((issue) => ({
      type: 'geojson-error' as const,
      key: 'boundary-invalid',
      rowNumber: lineOf(text, issue.from),
      params: { reason: issue.message },
    }));
  }
  const collection = parsed as { type?: string; features?: { properties?: Record<string, unknown> | null; geometry?: { coordinates?: unknown } | null }[] };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return [{ type: 'geojson-error', key: 'boundary-invalid', params: { reason: 'expected a FeatureCollection' } }];
  }
  const problems: Problem[] = [];
  const [west, south, east, north] = region.bbox;
  const inLon = (v: number) => v >= west && v <= east;
  const inLat = (v: number) => v >= south && v <= north;
  const seen = new Set<string>();
  for (const feature of collection.features) {
    const code = typeof feature.properties?.code === 'string' ? feature.properties.code : '';
    if (seen.has(code)) problems.push({ type: 'geojson-error', key: 'boundary-duplicate-code', params: { code } });
    seen.add(code);
    for (const [lon, lat] of positions(feature.geometry?.coordinates)) {
      if (inLon(lon) && inLat(lat)) continue;
      const coordinate = `[${lon}, ${lat}]`;
      const swapped = inLat(lon) && inLon(lat);
      problems.push({ type: 'geojson-error', key: swapped ? 'boundary-lat-lon' : 'boundary-outside', params: { code, coordinate, city: region.name } });
      break;
    }
  }
  if (kelurahanCodes) {
    const known = new Set(kelurahanCodes);
    for (const code of kelurahanCodes) if (!seen.has(code)) problems.push({ type: 'geojson-error', key: 'boundary-missing-code', params: { code } });
    for (const code of seen) if (!known.has(code)) problems.push({ type: 'geojson-error', key: 'boundary-unknown-code', params: { code } });
  }
  return problems;
}
