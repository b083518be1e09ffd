/**
 * Every chart's table holds the same numbers as its drawing (read from the SVG), the drawing
 * is to scale, every chart has a title, summary, units and sources, and the charts add up to
 * what the data says (34 cooperatives, the kelurahan of each kecamatan, every event).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadDataset } from '../../src/data/load';
import { htmlPages, readPage, requireBuild, textOf } from '../support/site';

const data = loadDataset();

interface Chart {
  page: string;
  id: string;
  figure: HTMLElement;
}

function charts(): Chart[] {
  return htmlPages().flatMap((page) =>
    readPage(page)
      .querySelectorAll('figure[data-chart]')
      .map((figure) => ({ page, id: figure.getAttribute('data-chart')!, figure })),
  );
}

/** key|series → value, from the drawing and from the table. */
function drawn(figure: HTMLElement): Map<string, number> {
  const values = new Map<string, number>();
  for (const bar of figure.querySelectorAll('svg g.bar[data-key]')) {
    for (const rect of bar.querySelectorAll('rect[data-series]')) {
      values.set(`${bar.getAttribute('data-key')}|${rect.getAttribute('data-series')}`, Number(rect.getAttribute('data-value')));
    }
  }
  return values;
}

function tabled(figure: HTMLElement): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of figure.querySelectorAll('table tbody tr[data-key]')) {
    for (const cell of row.querySelectorAll('td[data-series]')) {
      values.set(`${row.getAttribute('data-key')}|${cell.getAttribute('data-series')}`, Number(cell.getAttribute('data-value')));
    }
  }
  return values;
}

/** The number a table cell shows, read back from its text in either language's notation. */
function shownNumber(text: string, lang: string): number {
  const clean = text.replace('%', '').trim();
  return Number(lang === 'id' ? clean.replace(/\./g, '').replace(',', '.') : clean.replace(/,/g, ''));
}

beforeAll(() => requireBuild());

describe('charts', () => {
  it('are on the pages that need them, in both languages', () => {
    const ids = (page: string) =>
      charts()
        .filter((c) => c.page === page)
        .map((c) => c.id);
    for (const prefix of ['', 'en/']) {
      expect(ids(`${prefix}kemitraan/index.html`)).toEqual(['progress', 'partners', 'by-kecamatan', 'named-vs-city']);
      expect(ids(`${prefix}linimasa/index.html`)).toEqual(['events-per-month']);
    }
  });

  it('hold the same numbers in the table as in the drawing', () => {
    const all = charts();
    expect(all.length).toBeGreaterThan(10);
    for (const { page, id, figure } of all) {
      const svg = drawn(figure);
      const table = tabled(figure);
      expect(svg.size, `${page}#${id} draws nothing`).toBeGreaterThan(0);
      for (const [key, value] of svg) expect(table.get(key), `${page}#${id} ${key}`).toBe(value);
      // Zero-height columns are not drawn; every non-zero table value must be.
      for (const [key, value] of table)
        if (value !== 0) expect(svg.get(key), `${page}#${id} ${key} in the table but not drawn`).toBe(value);
    }
  });

  it('show in each table cell the number it carries', () => {
    for (const { page, id, figure } of charts()) {
      const lang = page.startsWith('en/') ? 'en' : 'id';
      for (const cell of figure.querySelectorAll('td[data-value]')) {
        expect(shownNumber(textOf(cell), lang), `${page}#${id}: "${textOf(cell)}"`).toBeCloseTo(Number(cell.getAttribute('data-value')), 1);
      }
    }
  });

  it('draw to scale: every bar length (or column height) is proportional to its value', () => {
    for (const { page, id, figure } of charts()) {
      const columns = id === 'events-per-month';
      const ratios = figure
        .querySelectorAll('svg rect[data-value]')
        .map((rect) => ({ value: Number(rect.getAttribute('data-value')), size: Number(rect.getAttribute(columns ? 'height' : 'width')) }))
        .filter((r) => r.value > 0)
        .map((r) => r.size / r.value);
      expect(ratios.length, `${page}#${id}`).toBeGreaterThan(0);
      for (const ratio of ratios) expect(Math.abs(ratio - ratios[0]!) / ratios[0]!, `${page}#${id}`).toBeLessThan(0.01);
    }
  });

  it('each have a title, a one-sentence summary, units, sources, a colour key and an accessible name', () => {
    for (const { page, id, figure } of charts()) {
      const where = `${page}#${id}`;
      expect(textOf(figure.querySelector('.chart-title')), where).not.toBe('');
      const summary = textOf(figure.querySelector('.chart-summary'));
      expect(summary.endsWith('.'), where).toBe(true);
      expect(figure.querySelector('.chart-meta')?.querySelectorAll('a').length, where).toBeGreaterThan(0);
      expect(textOf(figure.querySelector('.chart-meta')), where).toMatch(/Satuan|Unit/);
      expect(figure.querySelectorAll('.chart-legend li').length, where).toBeGreaterThan(0);
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('role'), where).toBe('img');
      for (const ref of svg.getAttribute('aria-labelledby')!.split(' '))
        expect(figure.querySelector(`#${ref}`), `${where} ${ref}`).not.toBeNull();
      expect(figure.querySelector('table caption'), where).not.toBeNull();
    }
  });

  it('add up to the data: every cooperative, every kelurahan of each kecamatan, every event', () => {
    const total = (figure: HTMLElement, key: string) =>
      figure
        .querySelectorAll(`svg g.bar[data-key="${key}"] rect[data-value]`)
        .reduce((n, r) => n + Number(r.getAttribute('data-value')), 0);
    for (const { page, id, figure } of charts()) {
      const keys = figure.querySelectorAll('svg g.bar[data-key]').map((g) => g.getAttribute('data-key')!);
      if (id === 'progress')
        expect(
          keys.reduce((n, k) => n + total(figure, k), 0),
          page,
        ).toBe(data.cooperatives.length);
      if (id === 'partners') for (const k of keys) expect(total(figure, k), `${page} ${k}`).toBe(data.cooperatives.length);
      if (id === 'by-kecamatan') {
        expect(keys.length).toBe(data.kecamatan.length);
        const counts = data.kecamatan.map((k) => data.kelurahan.filter((l) => l.kecamatan_code === k.code).length).sort();
        expect(keys.map((k) => total(figure, k)).sort()).toEqual(counts);
      }
      if (id === 'events-per-month')
        expect(
          keys.reduce((n, k) => n + total(figure, k), 0),
          page,
        ).toBe(data.events.length);
      if (id === 'kecamatan-progress') {
        const slug = page.replace(/^(en\/)?kecamatan\//, '').replace(/\/index\.html$/, '');
        const kecamatan = data.kecamatan.find((k) => k.name.toLowerCase().replace(/\s+/g, '-') === slug)!;
        expect(
          keys.reduce((n, k) => n + total(figure, k), 0),
          page,
        ).toBe(data.kelurahan.filter((l) => l.kecamatan_code === kecamatan.code).length);
      }
    }
  });

  it('set the named counts beside the city-wide figures, each worked out here from the tables', () => {
    const total = data.cooperatives.length;
    const latest = (measure: string) => {
      const row = data.indicators
        .filter((r) => r.measure === measure)
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1);
      if (!row) throw new Error(`no ${measure} row to check the chart with`);
      return row.unit === 'percent' ? row.value : (row.value / total) * 100;
    };
    const namedAt = (stages: string[]) =>
      new Set(data.partnerships.filter((p) => p.scope === 'cooperative' && stages.includes(p.stage)).map((p) => p.cooperative_id)).size;
    const operating = new Set(
      data.cooperative_stages
        .filter((s) => s.scope === 'cooperative' && s.stage === 'operating' && s.status === 'reached')
        .map((s) => s.cooperative_id),
    ).size;
    const expected: Record<string, number> = {
      'applied-named': (namedAt(['applied', 'requirements-met', 'agreement-signed', 'active']) / total) * 100,
      'applied-city': latest('bumn-applicants'),
      'partnering-named': (namedAt(['agreement-signed', 'active']) / total) * 100,
      'partnering-city': latest('bumn-partnered-share'),
      'operating-named': (operating / total) * 100,
      'operating-city': latest('cooperatives-active'),
    };
    for (const page of ['kemitraan/index.html', 'en/kemitraan/index.html']) {
      const figure = charts().find((c) => c.page === page && c.id === 'named-vs-city')!.figure;
      for (const [key, value] of Object.entries(expected)) {
        const rect = figure.querySelector(`svg g.bar[data-key="${key}"] rect[data-value]`);
        expect(Number(rect?.getAttribute('data-value')), `${page} ${key}`).toBeCloseTo(value, 1);
      }
    }
  });

  it('split the furthest stages into named and city-wide as the kelurahan pages do', () => {
    const figure = charts().find((c) => c.page === 'kemitraan/index.html' && c.id === 'progress')!.figure;
    const value = (key: string, series: string) =>
      Number(figure.querySelector(`svg g.bar[data-key="${key}"] rect[data-series="${series}"]`)?.getAttribute('data-value') ?? 0);
    const counts = new Map<string, number>();
    for (const k of data.kelurahan) {
      const page = readPage(`kelurahan/${k.slug}/index.html`).querySelector('[data-progress]')!;
      const level = page.getAttribute('data-progress')!;
      const series = level === 'unknown' ? 'unknown' : page.getAttribute('data-basis')!;
      counts.set(`${level}|${series}`, (counts.get(`${level}|${series}`) ?? 0) + 1);
    }
    for (const [key, n] of counts) {
      const [level, series] = key.split('|') as [string, string];
      expect(value(level, series), key).toBe(n);
    }
  });
});
