/**
 * Small planar geometry helpers for the kelurahan polygons. Balikpapan spans about 30 km
 * next to the equator, so lon/lat treated as a plane (scaled by cos(latitude)) is accurate
 * enough for winding, ring areas and label points; nothing here is used for official areas.
 */
import polylabel from 'polylabel';

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoordinates | PolygonCoordinates[];
}

/** Metres per degree of latitude (and of longitude at the equator). */
const METRES_PER_DEGREE = 111_320;

/** The polygons of a Polygon or MultiPolygon, as a list. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as PolygonCoordinates] : (geometry.coordinates as PolygonCoordinates[]);
}

export function geometryOf(polygons: PolygonCoordinates[]): AreaGeometry {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Shoelace sum in degrees²: positive when the ring runs counter-clockwise (x east, y north). */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum / 2;
}

/** Approximate area of a ring in km², whatever its winding. */
export function ringAreaKm2(ring: Ring): number {
  const lat = ring.reduce((s, p) => s + p[1], 0) / Math.max(ring.length, 1);
  const km = METRES_PER_DEGREE / 1000;
  return Math.abs(signedRingArea(ring)) * km * km * Math.cos((lat * Math.PI) / 180);
}

function polygonAreaKm2(polygon: PolygonCoordinates): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringAreaKm2(ring), 0);
}

export function geometryAreaKm2(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, polygon) => sum + polygonAreaKm2(polygon), 0);
}

/** Converts a weight in m² (a Visvalingam triangle area) to degrees², the unit of planar lon/lat. */
export function squareMetresToDegrees2(m2: number): number {
  return m2 / (METRES_PER_DEGREE * METRES_PER_DEGREE);
}

/**
 * Winds rings one way or the other. GeoJSON (RFC 7946) winds exterior rings
 * counter-clockwise and holes clockwise; d3-geo works on the sphere and reads a
 * counter-clockwise exterior as "everything but this polygon", so it needs the opposite.
 */
export function rewind<G extends AreaGeometry>(geometry: G, convention: 'rfc7946' | 'd3'): G {
  const wind = (ring: Ring, counterClockwise: boolean) => (signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse());
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map((ring, i) => wind(ring, (i === 0) === (convention === 'rfc7946'))));
  return { ...geometry, coordinates: geometry.type === 'Polygon' ? polygons[0]! : polygons };
}

/** Rounds every position to `decimals` places and drops the repeated positions that rounding makes. */
export function roundRing(ring: Ring, decimals: number): Ring {
  const factor = 10 ** decimals;
  const round = (v: number) => Math.round(v * factor) / factor;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** A ring that still encloses something: four positions or more and a non-zero area. */
export function isSolidRing(ring: Ring): boolean {
  return ring.length >= 4 && Math.abs(signedRingArea(ring)) > 0;
}

/**
 * A point inside the largest part of the geometry, as far as possible from its edges
 * (polylabel's pole of inaccessibility). Unlike a centroid it never falls outside a concave
 * kelurahan, so a symbol placed there always sits on the kelurahan it stands for.
 */
export function labelPoint(geometry: AreaGeometry, decimals = 5): Position {
  const largest = polygonsOf(geometry).reduce((best, polygon) => (polygonAreaKm2(polygon) > polygonAreaKm2(best) ? polygon : best));
  const [x, y] = polylabel(largest as Position[][], 1e-5);
  const factor = 10 ** decimals;
  return [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
}

/** Even-odd point-in-polygon test, holes included. */
export function containsPoint(geometry: AreaGeometry, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
