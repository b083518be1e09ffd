/**
 * Figures about the map, printed rather than asserted (except the display-file budget,
 * which tests/map/boundaries.test.ts enforces): how much the boundary pipeline simplifies,
 * how long it takes, and what the map page costs a reader in bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../data/load';
import { BOUNDARIES_FILE } from '../data/schema/index';
import { buildDisplayBoundaries, DISPLAY_GZIP_BUDGET, DISPLAY_OPTIONS, displayGeoJson, readBoundaryFile } from '../map/boundaries';
import { polygonsOf, type AreaGeometry } from '../map/geometry';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const vertices = (features: { geometry: AreaGeometry }[]) =>
  features.reduce(
    (n, f) =>
      n +
      polygonsOf(f.geometry)
        .flat()
        .reduce((m, ring) => m + ring.length, 0),
    0,
  );

export function mapFigures(distDir: string): string[] {
  const lines: string[] = [];
  const data = loadDataset();
  const source = readBoundaryFile();
  const sourceText = readFileSync(resolve('data', BOUNDARIES_FILE));
  const started = performance.now();
  const display = buildDisplayBoundaries(source, data);
  const took = performance.now() - started;
  const json = displayGeoJson(display);
  lines.push(
    `boundary pipeline: ${took.toFixed(0)} ms (tolerance ${DISPLAY_OPTIONS.minTriangleM2} m², ${DISPLAY_OPTIONS.decimals} decimals)`,
  );
  lines.push(
    `vertices: ${vertices(source.features)} in the source → ${vertices(display.kelurahan)} kelurahan + ${vertices(display.kecamatan)} kecamatan on display`,
  );
  lines.push(`source file: ${kb(sourceText.length)} (${kb(gzipSync(sourceText).length)} gzip)`);
  lines.push(`display file: ${kb(json.length)} (${kb(gzipSync(json).length)} gzip; budget ${kb(DISPLAY_GZIP_BUDGET)})`);

  const page = join(distDir, 'peta', 'index.html');
  if (!existsSync(page)) {
    lines.push(`${page} not found: build the site first to see the page weight.`);
    return lines;
  }
  const html = readFileSync(page);
  const assets = [...html.toString().matchAll(/(?:src|href)="[^"]*?(_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  lines.push(`map page HTML: ${kb(html.length)} (${kb(gzipSync(html).length)} gzip)`);
  for (const asset of [...new Set(assets)]) {
    const file = join(distDir, asset);
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      lines.push(`  ${asset}: ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzip)`);
    }
  }
  return lines;
}
