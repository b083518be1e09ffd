/** Coverage figures on the fixture: what counts as a kelurahan's own fact, and which sources are cited. */
import { describe, expect, it } from 'vitest';
import { citedSourceIds, kelurahanWithOwnFacts } from '../../src/data/views/coverage';
import { fixture } from '../support/fixture';

const data = fixture().validate().data!;

describe('coverage', () => {
  it('counts a kelurahan as having its own facts only when a source names it', () => {
    // Graha Indah: named stage, partnership, member count, site, event. Manggar: a build site. Nothing names the rest.
    expect(kelurahanWithOwnFacts(data)).toEqual(new Set(['64.71.03.1006', '64.71.01.1001']));
    const cityWideOnly = {
      ...data,
      sites: [],
      events: [],
      cooperatives: data.cooperatives.map(({ member_count, member_count_date, member_count_source_id, ...c }) => c),
      cooperative_stages: data.cooperative_stages.filter((s) => s.scope === 'all-cooperatives'),
      partnerships: data.partnerships.filter((p) => p.scope === 'all-cooperatives'),
    };
    expect(kelurahanWithOwnFacts(cityWideOnly).size).toBe(0);
  });

  it('counts a source cited only through a single-source column such as population_source_id', () => {
    const only = 'example-news-2025-12-24';
    const withoutOtherCitations = {
      ...data,
      site_status: data.site_status.filter((s) => !s.source_ids.includes(only)),
      events: data.events.filter((e) => !e.source_ids.includes(only)),
      disagreements: [],
      corrections: [],
    };
    expect(citedSourceIds(withoutOtherCitations)).toContain(only);
    const kelurahan = withoutOtherCitations.kelurahan.map(({ population_source_id, area_source_id, ...k }) => k);
    expect(citedSourceIds({ ...withoutOtherCitations, kelurahan })).not.toContain(only);
  });
});
