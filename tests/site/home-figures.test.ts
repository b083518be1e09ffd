/**
 * Every figure on the home page equals what the data says, with the date and the source
 * links of the row it comes from. Expectations are worked out here from the tables directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadDataset } from '../../src/data/load';
import type { Indicator } from '../../src/data/schema/index';
import { readPage, requireBuild, ROOT, textOf } from '../support/site';

const data = loadDataset();
const urlOf = (id: string) => data.sources.find((s) => s.id === id)!.url;
const latest = (measure: string): Indicator | undefined =>
  data.indicators
    .filter((r) => r.measure === measure)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);

const LANGS = [
  { lang: 'id', file: 'index.html', locale: 'id-ID', about: 'sekitar' },
  { lang: 'en', file: 'en/index.html', locale: 'en-GB', about: 'about' },
] as const;

beforeAll(() => requireBuild());

describe.each(LANGS)('home page ($lang)', ({ lang, file, locale, about }) => {
  const home = () => readPage(file);
  const card = (key: string) => {
    const el = home().querySelector(`[data-figure="${key}"]`);
    if (!el) throw new Error(`no figure card data-figure="${key}" on ${file}`);
    return el;
  };
  const sourceHrefs = (el: ReturnType<typeof card>) => el.querySelectorAll('a[data-source]').map((a) => a.getAttribute('href'));

  it('shows the number of kelurahan, with the day it was checked and its sources', () => {
    const el = card('kelurahan');
    const ids = [...new Set(data.kelurahan.flatMap((k) => k.source_ids))];
    expect(el.querySelector('.figure-value')?.getAttribute('data-value')).toBe(String(data.kelurahan.length));
    expect(textOf(el.querySelector('.figure-value'))).toBe(new Intl.NumberFormat(locale).format(data.kelurahan.length));
    const checked = data.sources
      .filter((s) => ids.includes(s.id))
      .map((s) => s.accessed)
      .sort()
      .at(-1);
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe(checked);
    expect(sourceHrefs(el).sort()).toEqual(ids.map(urlOf).sort());
  });

  it.each(['legal-entity', 'cooperatives-active', 'bumn-partnered-share'])(
    'shows the latest %s figure with its date and sources',
    (measure) => {
      const row = latest(measure);
      const el = card(measure);
      if (!row) {
        expect(el.querySelector('.figure-value')?.getAttribute('data-value')).toBe('unknown');
        return;
      }
      expect(el.querySelector('.figure-value')?.getAttribute('data-value')).toBe(String(row.value));
      const shown = textOf(el.querySelector('.figure-value'));
      expect(shown).toContain(new Intl.NumberFormat(locale).format(row.value));
      expect(shown.startsWith(about)).toBe(row.approximate);
      expect(shown.endsWith('%')).toBe(row.unit === 'percent');
      expect(el.querySelector('time')?.getAttribute('datetime')).toBe(row.date);
      expect(sourceHrefs(el).sort()).toEqual(row.source_ids.map(urlOf).sort());
    },
  );

  it('shows the build sites with the latest status of each, flags disputed ones, and the latest city statement', () => {
    const el = card('sites');
    expect(el.querySelector('.figure-value')?.getAttribute('data-value')).toBe(String(data.sites.length));
    const items = el.querySelectorAll('li[data-site]');
    expect(items.map((li) => li.getAttribute('data-site')).sort()).toEqual(data.sites.map((s) => s.id).sort());
    for (const site of data.sites) {
      const statuses = data.site_status
        .filter((s) => s.site_id === site.id)
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      const newest = statuses.at(-1);
      const li = items.find((i) => i.getAttribute('data-site') === site.id)!;
      expect(li.getAttribute('data-status'), site.id).toBe(newest?.status);
      if (newest) {
        expect(li.querySelector('time')?.getAttribute('datetime')).toBe(newest.date);
        expect(
          li
            .querySelectorAll('a[data-source]')
            .map((a) => a.getAttribute('href'))
            .sort(),
        ).toEqual(newest.source_ids.map(urlOf).sort());
      }
      const disputed = data.disagreements.some((d) => d.status === 'open' && statuses.some((s) => d.rows.includes(`site_status:${s.id}`)));
      expect(li.querySelector('.flag') !== null, `${site.id} disputed`).toBe(disputed);
    }
    const ready = latest('sites-ready');
    expect(el.querySelector('[data-ready]')?.getAttribute('data-ready')).toBe(ready ? String(ready.value) : undefined);
  });

  it('says for how many kelurahan a source names something, and lists them', () => {
    const codes = new Set<string>();
    const kelurahanOf = (cooperativeId: string | undefined) => data.cooperatives.find((c) => c.id === cooperativeId)?.kelurahan_code;
    data.cooperatives.filter((c) => c.member_count !== undefined).forEach((c) => codes.add(c.kelurahan_code));
    [...data.cooperative_stages, ...data.partnerships]
      .filter((r) => r.scope === 'cooperative')
      .forEach((r) => codes.add(kelurahanOf(r.cooperative_id)!));
    data.sites.forEach((s) => codes.add(s.kelurahan_code));
    data.events.filter((e) => e.kelurahan_code).forEach((e) => codes.add(e.kelurahan_code!));
    const p = home().querySelector('[data-own-facts]');
    expect(p?.getAttribute('data-own-facts')).toBe(String(codes.size));
    expect(textOf(p)).toContain(String(data.kelurahan.length));
    const listed = p!
      .nextElementSibling!.querySelectorAll('a')
      .map((a) => textOf(a))
      .sort();
    expect(listed).toEqual(
      data.kelurahan
        .filter((k) => codes.has(k.code))
        .map((k) => k.name)
        .sort(),
    );
  });

  it('shows the latest data version', () => {
    const versions = readdirSync(join(ROOT, 'data', 'releases'))
      .filter((v) => /^v\d+\.\d+\.\d+$/.test(v))
      .map((v) => v.slice(1).split('.').map(Number))
      .sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
    const expected =
      versions[0]?.join('.') ?? (JSON.parse(readFileSync(join(ROOT, 'data', 'datapackage.json'), 'utf8')) as { version: string }).version;
    expect(home().querySelector('[data-version]')?.getAttribute('data-version')).toBe(expected);
  });

  it('lists the newest news articles first', () => {
    const dir = join(ROOT, 'src', 'content', 'news', lang);
    const articles = readdirSync(dir).map((f) => {
      const front = parseYaml(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) as {
        title: string;
        date: string | Date;
        covers?: string | Date;
      };
      const day = (d: string | Date | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? ''));
      return { title: front.title, date: day(front.date), covers: day(front.covers) };
    });
    articles.sort((a, b) => b.date.localeCompare(a.date) || b.covers.localeCompare(a.covers));
    const shown = home()
      .querySelectorAll('#news-heading ~ .article-list .article-title')
      .map((h) => textOf(h));
    expect(shown).toEqual(articles.slice(0, 3).map((a) => a.title));
  });

  it('shows the overview map linking each kelurahan to its page, and a link to the interactive map', () => {
    const links = home().querySelectorAll('#home-map a[data-code]');
    expect(links.length).toBe(data.kelurahan.length);
    expect(
      home()
        .querySelectorAll('a')
        .some((a) => a.getAttribute('href')?.endsWith(lang === 'en' ? '/en/peta/' : '/peta/')),
    ).toBe(true);
  });
});
