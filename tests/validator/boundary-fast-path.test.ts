/**
 * The boundary check skips check-geojson when it can tell the file is valid without it
 * (surelyValidGeojson). That shortcut must never hide an error: whenever it says "valid",
 * check-geojson must agree, on the fixture's boundaries and on many broken variants of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surelyValidGeojson } from '../../src/data/validation/checks/boundary-geometry';
import { FIXTURE_DIR } from '../support/fixture';

const text = readFileSync(join(FIXTURE_DIR, 'kelurahan-boundaries.geojson'), 'utf8');
const errors = (t: string) => getIssues(t).filter((i) => i.severity === 'error');

/** A small broken variant: one change somewhere in the first features. */
const variant = fc
  .tuple(
    fc.nat({ max: 3 }),
    fc.nat({ max: 9 }),
    fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.integer(), fc.array(fc.integer(), { maxLength: 4 }), fc.constant({})),
  )
  .map(([feature, op, value]) => {
    const g = JSON.parse(text) as { features: Record<string, unknown>[] } & Record<string, unknown>;
    g.features = g.features.slice(0, 4);
    const f = g.features[feature]!;
    const geometry = f.geometry as { coordinates: unknown[][][] } & Record<string, unknown>;
    const ring = geometry.coordinates[0] as unknown[];
    switch (op) {
      case 0:
        ring.pop();
        break;
      case 1:
        ring[0] = value;
        break;
      case 2:
        (ring[1] as unknown[]).push(value);
        break;
      case 3:
        f.properties = value;
        break;
      case 4:
        f.id = value;
        break;
      case 5:
        f.bbox = value;
        break;
      case 6:
        geometry.type = typeof value === 'string' ? value : 'Point';
        break;
      case 7:
        f.features = value;
        break;
      case 8:
        g.properties = value;
        break;
      case 9:
        delete f.geometry;
        break;
    }
    return JSON.stringify(g);
  });

describe('the boundary check without check-geojson', () => {
  it('takes the shortcut on the fixture, which check-geojson finds valid', () => {
    expect(surelyValidGeojson(text, JSON.parse(text))).toBe(true);
    expect(errors(text)).toEqual([]);
  });

  it('is never taken for a file check-geojson would reject', () => {
    fc.assert(
      fc.property(variant, (t) => {
        if (surelyValidGeojson(t, JSON.parse(t))) expect(errors(t)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('is not taken for text JSON.parse hides things in: a repeated member, a number written another way', () => {
    const repeated = text.replace('"type":"Feature",', '"type":"Feature","type":"Feature",');
    expect(surelyValidGeojson(repeated, JSON.parse(repeated))).toBe(false);
    const closed = text.replace(/\[\[\[(-?[\d.]+),/, (_, x: string) => `[[[${x}0,`);
    expect(surelyValidGeojson(closed, JSON.parse(closed))).toBe(false);
  });
});
