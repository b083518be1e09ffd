/**
 * /geo/kelurahan-display.json: the simplified kelurahan and dissolved kecamatan boundaries
 * the interactive map draws (see src/map/boundaries.ts). The full-precision boundaries stay
 * in data/kelurahan-boundaries.geojson.
 */
import type { APIRoute } from 'astro';
import { displayGeoJson, getDisplayBoundaries } from '../../map/boundaries';

export const GET: APIRoute = () =>
  new Response(displayGeoJson(getDisplayBoundaries()), { headers: { 'content-type': 'application/geo+json' } });
