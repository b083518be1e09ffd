/**
 * The site's derived views and formatting, on the hand-made fixture dataset whose answers
 * are known: partnerships counted by partner and line (named apart from city-wide offers),
 * events per month with empty months kept, row line numbers, and values as readers write them.
 */
import { describe, expect, it } from 'vitest';
import { kecamatanSlug } from '../../src/data/views/kecamatan';
import { loadDataset } from '../../src/data/load';
import { namedCooperativesAtLeast, partnerLineSummaries, partnersWithoutPartnership } from '../../src/data/views/partnerships';
import { eventsPerMonth } from '../../src/data/views/timeline';
import { formatIndicatorValue } from '../../src/i18n/locale-format';
import { FIXTURE_DIR, TODAY } from '../support/fixture';

const fixture = loadDataset({ dataDir: FIXTURE_DIR, today: TODAY });

describe('partnership views (fixture)', () => {
  const total = fixture.cooperatives.length;

  it('counts a city-wide offer for every cooperative not named, and named cooperatives at their stage', () => {
    const byPair = Object.fromEntries(partnerLineSummaries(fixture).map((s) => [`${s.partner.id}|${s.businessLine}`, s]));
    expect(Object.keys(byPair).sort()).toEqual(['bulog|sembako', 'pertamina-patra-niaga|lpg-nonsubsidised']);
    const bulog = byPair['bulog|sembako']!;
    expect(bulog.offeredCityWide).toBe(total);
    expect(Object.values(bulog.named).reduce((a, b) => a + b, 0)).toBe(0);
    const patra = byPair['pertamina-patra-niaga|lpg-nonsubsidised']!;
    expect(patra.named.applied).toBe(1);
    expect(patra.offeredCityWide).toBe(0);
    expect(patra.noStatement).toBe(total - 1);
  });

  it('names the cooperatives at or beyond a stage, with the day the count was complete', () => {
    expect(namedCooperativesAtLeast(fixture, 'applied')).toMatchObject({ ids: ['kkmp-64.71.03.1006'], date: '2025-10-21' });
    expect(namedCooperativesAtLeast(fixture, 'agreement-signed').ids).toEqual([]);
  });

  it('lists partners that no partnership statement mentions', () => {
    expect(partnersWithoutPartnership(fixture).map((p) => p.id)).toEqual([]);
  });
});

describe('events per month (fixture)', () => {
  it('keeps months without events, so a gap shows as a gap', () => {
    const months = eventsPerMonth(fixture);
    expect(months.map((m) => [m.month, m.total])).toEqual([
      ['2025-10', 1],
      ['2025-11', 0],
      ['2025-12', 1],
    ]);
    expect(months[0]!.byLevel.kelurahan).toBe(1);
    expect(months[2]!.byLevel.city).toBe(1);
  });
});

describe('reader-facing values', () => {
  const row = (value: number, unit: 'count' | 'percent' | 'members' | 'rupiah', approximate = false, value_high?: number) => ({
    value,
    unit,
    approximate,
    value_high,
  });

  it('writes estimates, percentages, ranges and rupiah as people do in each language', () => {
    expect(formatIndicatorValue(row(20, 'percent', true), 'id')).toBe('sekitar 20%');
    expect(formatIndicatorValue(row(20, 'percent', true), 'en')).toBe('about 20%');
    expect(formatIndicatorValue(row(15, 'members', false, 20), 'id')).toBe('15–20 anggota');
    expect(formatIndicatorValue(row(1_000_000_000, 'rupiah', false, 3_000_000_000), 'id')).toBe('Rp1–3 miliar');
    expect(formatIndicatorValue(row(1_000_000_000, 'rupiah', false, 3_000_000_000), 'en')).toBe('Rp1–3 billion');
    expect(formatIndicatorValue(row(2_500_000, 'rupiah'), 'id')).toBe('Rp2,5 juta');
    expect(formatIndicatorValue(row(1234, 'count'), 'id')).toBe('1.234');
    expect(formatIndicatorValue(row(1234, 'count'), 'en')).toBe('1,234');
  });

  it('derives kecamatan page slugs from the official names', () => {
    expect(fixture.kecamatan.map(kecamatanSlug)).toEqual(fixture.kecamatan.map((k) => k.name.toLowerCase().replace(/ /g, '-')));
  });
});
