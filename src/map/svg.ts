/**
 * Projects the display boundaries to SVG path data with d3-geo, at build time, for the
 * static maps (no JavaScript reaches the reader). d3-geo works on the sphere and needs
 * rings wound the opposite way to GeoJSON, hence rewind(…, 'd3').
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { DisplayBoundaries } from './boundaries';
import { rewind, type AreaGeometry, type Position } from './geometry';

export interface SvgShape {
  code: string;
  name: string;
  d: string;
}

export interface SvgKelurahanShape extends SvgShape {
  kecamatanCode: string;
  /** The label point, projected. */
  label: Position;
}

export interface SvgMap {
  width: number;
  height: number;
  kelurahan: SvgKelurahanShape[];
  kecamatan: SvgShape[];
  /** The city's outline (every kecamatan), for locator maps. */
  outline: string;
}

const asD3 = (geometry: AreaGeometry) => rewind(geometry, 'd3') as unknown as GeoPermissibleObjects;

/** Fits the whole city into `width` pixels (plus `padding` on each side); the height follows. */
export function projectBoundaries(display: DisplayBoundaries, width: number, padding = 4): SvgMap {
  const all = {
    type: 'GeometryCollection',
    geometries: display.kecamatan.map((k) => asD3(k.geometry)),
  } as unknown as GeoPermissibleObjects;
  const projection = geoMercator().fitWidth(width - 2 * padding, all);
  const [[, y0], [, y1]] = geoPath(projection).bounds(all);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] - y0 + padding]);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    kelurahan: display.kelurahan.map((f) => {
      const [x, y] = projection(f.properties.label)!;
      return {
        code: f.properties.code,
        name: f.properties.name,
        kecamatanCode: f.properties.kecamatan_code,
        d: path(asD3(f.geometry)) ?? '',
        label: [round(x), round(y)],
      };
    }),
    kecamatan: display.kecamatan.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(asD3(f.geometry)) ?? '' })),
    outline: path(all) ?? '',
  };
}
