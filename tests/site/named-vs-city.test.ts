/** The "named vs city-wide" chart on data where some city-wide figures are missing (the fixture). */
import { describe, expect, it } from 'vitest';
import { namedVersusCityChart } from '../../src/charts/partnership-charts';
import { fixture } from '../support/fixture';
import { t } from '../../src/i18n/catalogue';

const data = fixture().validate().data!;

describe('namedVersusCityChart', () => {
  it.each(['id', 'en'] as const)('shows a missing city-wide figure as unknown, never as a zero bar (%s)', (lang) => {
    expect(data.indicators.some((i) => i.measure === 'bumn-applicants')).toBe(false);
    const chart = namedVersusCityChart(data, lang);
    const bar = chart.bars.find((b) => b.key === 'applied-city')!;
    expect(bar.segments).toEqual([]);
    const row = chart.text.table.rows.find((r) => r.key === 'applied-city')!;
    const share = row.cells[2]!;
    expect(share.text).toBe(t(lang).ui.unknown);
    expect(share.value).toBeUndefined();
  });

  it('draws a city-wide figure that exists, with the same value in the table', () => {
    const share = data.indicators.find((i) => i.measure === 'bumn-partnered-share')!;
    const chart = namedVersusCityChart(data, 'en');
    expect(chart.bars.find((b) => b.key === 'partnering-city')!.segments.map((s) => s.value)).toEqual([share.value]);
    expect(chart.text.table.rows.find((r) => r.key === 'partnering-city')!.cells[2]!.value).toBe(share.value);
  });
});
