/**
 * What the maps say about each kelurahan, checked against the data it comes from: the stage
 * is the views' furthest confirmed stage, "unknown" stays unknown, only named partnerships
 * are marked, and a site whose status sources dispute shows every disputed status.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { BUSINESS_LINES, PARTNERSHIP_STAGES } from '../../src/data/schema/partnerships';
import { kelurahanRecord, PROGRESS_ORDER } from '../../src/data/views/kelurahan';
import { buildClientModel } from '../../src/map/client-model';
import { cityWidePartnerships, levelCounts, mapKelurahan } from '../../src/map/model';
import { fixture } from '../support/fixture';
import { t } from '../../src/i18n/catalogue';
import { formatDate } from '../../src/i18n/locale-format';

const data = loadDataset();

describe('mapKelurahan on data/', () => {
  const model = mapKelurahan(data, 'id');

  it('has every kelurahan once, with the furthest confirmed stage from the views and its label', () => {
    expect(model.map((k) => k.code).sort()).toEqual(data.kelurahan.map((k) => k.code).sort());
    for (const k of model) {
      const record = kelurahanRecord(data, k.code)!;
      expect(k.level).toBe(record.progress.level);
      expect(k.basis).toBe(record.progress.basis);
      expect(k.levelLabel).toBe(t('id').views.progress[record.progress.level]);
      expect(k.href).toMatch(new RegExp(`/kelurahan/${record.kelurahan.slug}/$`));
    }
  });

  it('marks partnerships only where a source names the cooperative', () => {
    for (const k of model) {
      const cooperative = data.cooperatives.find((c) => c.kelurahan_code === k.code);
      const named = data.partnerships.filter((p) => p.scope === 'cooperative' && p.cooperative_id === cooperative?.id);
      expect(k.partnerships.length > 0).toBe(named.length > 0);
    }
  });

  it('lists each named partner and business line once, at the stage of its latest row', () => {
    for (const k of model) {
      const cooperative = data.cooperatives.find((c) => c.kelurahan_code === k.code);
      const named = data.partnerships.filter((p) => p.scope === 'cooperative' && p.cooperative_id === cooperative?.id);
      const keys = [...new Set(named.map((p) => `${p.partner_id}|${p.business_line}`))].sort();
      expect(k.partnerships.map((p) => p.partner)).toEqual(
        keys.map((key) => data.partners.find((x) => x.id === key.split('|')[0])!.short_name),
      );
      keys.forEach((key, i) => {
        const latest = named
          .filter((p) => `${p.partner_id}|${p.business_line}` === key)
          .sort((a, b) => a.date.localeCompare(b.date))
          .at(-1)!;
        expect(k.partnerships[i]).toMatchObject({
          line: BUSINESS_LINES[latest.business_line].id,
          stage: PARTNERSHIP_STAGES[latest.stage].id,
          date: formatDate(latest.date, 'id'),
        });
      });
    }
    expect(model.some((k) => k.partnerships.length > 1)).toBe(true);
  });

  it('takes the further stage when one partner and line have two rows on the same day', () => {
    const row = data.partnerships.find((p) => p.scope === 'cooperative' && p.stage === 'requirements-met')!;
    const sameDay = { ...row, id: `${row.id}-same-day`, stage: 'applied' as const };
    for (const partnerships of [
      [...data.partnerships, sameDay],
      [sameDay, ...data.partnerships],
    ]) {
      const k = mapKelurahan({ ...data, partnerships }, 'en').find(
        (x) => x.code === data.cooperatives.find((c) => c.id === row.cooperative_id)!.kelurahan_code,
      )!;
      const shown = k.partnerships.filter(
        (p) =>
          p.line === BUSINESS_LINES[row.business_line].en && p.partner === data.partners.find((x) => x.id === row.partner_id)!.short_name,
      );
      expect(shown.map((p) => p.stage)).toEqual([PARTNERSHIP_STAGES['requirements-met'].en]);
    }
  });

  it('shows every disputed status of a site whose status rows are in an open disagreement', () => {
    for (const k of model) {
      for (const site of k.sites) {
        const rows = data.site_status.filter((s) => s.site_id === site.id);
        const disputed = new Set(
          data.disagreements
            .filter((d) => d.status === 'open')
            .flatMap((d) => d.rows.filter((r) => rows.some((s) => `site_status:${s.id}` === r))),
        );
        const disputedStatuses = new Set(rows.filter((s) => disputed.has(`site_status:${s.id}`)).map((s) => s.status));
        if (disputedStatuses.size > 1) {
          expect(site.disputed).toBe(true);
          expect(new Set(site.shown)).toEqual(disputedStatuses);
        } else {
          const latest = [...rows].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
          expect(site.shown).toEqual(latest ? [latest.status] : []);
        }
        expect(site.history).toHaveLength(rows.length);
      }
    }
  });

  it('counts every level, unknown included, and the counts add up to the kelurahan', () => {
    const counts = levelCounts(model);
    expect(counts.map((c) => c.level)).toEqual([...PROGRESS_ORDER]);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(data.kelurahan.length);
  });
});

describe('cityWidePartnerships', () => {
  it('names every partner of a partnership row about all cooperatives, whatever its stage, and the earliest date', () => {
    const rows = data.partnerships.filter((p) => p.scope === 'all-cooperatives');
    expect(rows.length).toBeGreaterThan(0);
    const partners = new Set(rows.map((r) => data.partners.find((p) => p.id === r.partner_id)!.short_name));
    const earliest = rows.map((r) => r.date).sort()[0]!;
    const result = cityWidePartnerships(data, 'en')!;
    expect(new Set(result.partners.split(', '))).toEqual(partners);
    expect(result.date).toBe(formatDate(earliest, 'en'));
  });

  it('is undefined when no row is about all cooperatives', () => {
    expect(
      cityWidePartnerships({ ...data, partnerships: data.partnerships.filter((p) => p.scope !== 'all-cooperatives') }, 'id'),
    ).toBeUndefined();
  });
});

describe('on the fixture dataset, where most kelurahan have no cooperative row', () => {
  it('shows them as unknown, never as a stage', () => {
    const f = fixture();
    const fixtureData = f.validate().data!;
    const model = mapKelurahan(fixtureData, 'en');
    const without = fixtureData.kelurahan.filter((k) => !fixtureData.cooperatives.some((c) => c.kelurahan_code === k.code));
    expect(without.length).toBeGreaterThan(0);
    for (const k of without) {
      const m = model.find((x) => x.code === k.code)!;
      expect(m.level).toBe('unknown');
      expect(m.basis).toBeUndefined();
      expect(m.levelLabel).toBe(t('en').views.progress.unknown);
    }
  });
});

describe('buildClientModel', () => {
  it('survives a JSON round trip unchanged (it travels in a data attribute)', () => {
    const model = buildClientModel(data, 'en', 'none');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.basemap).toBeNull();
  });

  it('labels each stage’s basis in the words the other pages use, and leaves it out where the stage is unknown', () => {
    for (const lang of ['id', 'en'] as const) {
      const words = { named: t(lang).ui.basisNamed, 'city-wide': t(lang).ui.basisCityWide, none: undefined };
      const model = buildClientModel(data, lang, 'none');
      for (const k of model.kelurahan) expect(k.basisLabel, k.code).toBe(words[kelurahanRecord(data, k.code)!.progress.basis ?? 'none']);
      expect(new Set(model.kelurahan.map((k) => k.basis))).toContain('named');
    }
  });

  it('carries the OpenStreetMap tile layer and its attribution only when the basemap is on', () => {
    const model = buildClientModel(data, 'id', 'osm');
    expect(model.basemap?.url).toMatch(/^https:\/\/tile\.openstreetmap\.org\//);
    expect(model.basemap?.attribution).toContain('OpenStreetMap');
  });
});
